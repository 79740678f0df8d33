# Coroutine misuse: awaiting non-awaitables, bad __await__, reusing a coroutine, close/throw on coroutines.
async def value():
    return 42
async def await_int():
    return await 5
class BadAwait:
    def __await__(self):
        return 'not an iterator'
class GoodAwait:
    def __await__(self):
        yield from ()
        return 'good'
async def await_bad():
    return await BadAwait()
async def await_good():
    return await GoodAwait()
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return f'result {e.value!r}'
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return 'suspended'
print(run(value()))
print(run(await_int()))
print(run(await_bad()))
print(run(await_good()))
c = value()
print(run(c))
print(run(c))
async def suspends():
    try:
        await GoodAwaitForever()
    finally:
        print('coroutine finally')
class GoodAwaitForever:
    def __await__(self):
        while True:
            yield
c = suspends()
print(run(c))
c.close()
print(c.cr_frame)
c = suspends()
run(c)
try:
    c.throw(ValueError('thrown in'))
except ValueError as e:
    print('propagated', e)
try:
    iter(value())
except TypeError as e:
    print(e)
async def uses_async_gen_as_awaitable():
    async def agen():
        yield 1
    await agen()
co = uses_async_gen_as_awaitable()
print(run(co))
