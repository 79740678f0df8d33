# Async generators driven manually: __anext__, asend, athrow, aclose, StopAsyncIteration, finally blocks.
def drive(awaitable):
    """Run an awaitable that never suspends; return its result or raise its exception."""
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError('suspended unexpectedly')

async def agen():
    try:
        received = yield 'first'
        print('received', received)
        try:
            yield 'second'
        except KeyError as e:
            print('caught', repr(e))
            yield 'after catch'
        yield 'third'
    finally:
        print('agen finally')

g = agen()
print(type(g).__name__, g.__name__)
print(drive(g.__anext__()))
print(drive(g.asend('sent value')))
print(drive(g.athrow(KeyError('k'))))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration')

g = agen()
drive(g.__anext__())
print('aclose ->', drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('closed agen is exhausted')

async def counter(n):
    for i in range(n):
        yield i
async def consume():
    total = []
    async for x in counter(4):
        total.append(x)
    else:
        total.append('else')
    return total
print(drive(consume()))

async def bad():
    yield 1
    raise StopAsyncIteration
g = bad()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print('RuntimeError:', e)
for src in ['async def f():\n    yield 1\n    return 2\n', 'async def f():\n    yield from [1]\n']:
    try:
        compile(src, '<a>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
print(g.ag_running, g.ag_frame, agen.__code__.co_flags & 0x200 != 0)
