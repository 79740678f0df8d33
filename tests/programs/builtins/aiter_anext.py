# aiter() and anext() (with and without default) on async generators and async-iterator classes, driven by coroutine.send
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    for i in range(3):
        yield i
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    g = agen()
    it = aiter(g)
    print(it is g, await anext(it), await anext(it), await anext(it), await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print([x async for x in Ticker(3)], await anext(Ticker(0), 'empty'))
    for bad in [5, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        await anext([1])
    except TypeError as e:
        print('TypeError:', e)
    return 'done'
print(run(main()))
print(type(aiter(agen())).__name__)
