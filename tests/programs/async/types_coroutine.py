# Generator-based awaitables: types.coroutine, __await__ returning generators, await chain depth.
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def middle(x):
    got = await suspend(('from middle', x))
    return got * 2

async def top():
    a = await middle(1)
    b = await middle(2)
    return a + b

c = top()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print('result', e.value)

print(type(suspend).__name__, suspend.__code__.co_flags & 0x100 != 0)
def plain_gen():
    yield
async def awaits_plain_gen():
    await plain_gen()
try:
    awaits_plain_gen().send(None)
except TypeError as e:
    print(e)
class Awaitable:
    def __await__(self):
        return (yield 'awaitable yielded')
async def use():
    return await Awaitable()
co = use()
print(co.send(None))
try:
    co.send('sent back')
except StopIteration as e:
    print('got', e.value)
