# Async comprehensions: async for in list/set/dict comprehensions, await inside, async generator expressions.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        yield

async def arange(n):
    for i in range(n):
        await Suspend()
        yield i

async def double(x):
    await Suspend()
    return x * 2

async def main():
    print([i async for i in arange(4)])
    print({i % 2 async for i in arange(5)})
    print({i: await double(i) async for i in arange(3)})
    print([await double(i) for i in range(3)])
    print([i async for i in arange(6) if i % 2 if await double(i) > 2])
    print([(i, j) async for i in arange(2) for j in range(2)])
    gen = (await double(i) async for i in arange(3))
    print(type(gen).__name__)
    print([x async for x in gen])
    gen2 = (await double(i) for i in range(2))
    print(type(gen2).__name__, [x async for x in gen2])
    return 'ok'
print(drive(main()))
for src in ['def f():\n    return [x async for x in y]\n', '[x async for x in y]', 'def f():\n    return [await x for x in y]\n']:
    try:
        compile(src, '<ac>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
