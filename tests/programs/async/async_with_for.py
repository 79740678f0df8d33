# async with and async for with hand-written protocol classes, exception suppression in __aexit__.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Suspend:
    def __await__(self):
        yield

class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Suspend()
        print('aenter', self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Suspend()
        print('aexit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    async with AsyncCM('a') as a, AsyncCM('b') as b:
        print('body', a, b)
    async with AsyncCM('suppressing', suppress=True):
        raise ValueError('hidden')
    print('continued after suppression')
    try:
        async with AsyncCM('passing'):
            raise KeyError('visible')
    except KeyError as e:
        print('caught', repr(e))
    out = []
    async for i in ARange(3):
        out.append(i)
    print(out)
    async for i in ARange(5):
        if i == 2:
            break
    else:
        print('not reached')
    print('broke at', i)
    return 'main done'

print(drive(main()))

class NoAexit:
    async def __aenter__(self): return self
async def bad_cm():
    async with NoAexit():
        pass
try:
    drive(bad_cm())
except TypeError as e:
    print(e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    drive(bad_for())
except TypeError as e:
    print(e)
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    drive(bad_anext())
except TypeError as e:
    print(e)
