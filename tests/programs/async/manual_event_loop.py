# Coroutines driven by a hand-written event loop via coro.send(None): custom awaitables, round-robin, results.
class Yield:
    """An awaitable that suspends once, handing a request to the loop."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready:
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f'{name} finished -> {e.value!r}')
                continue
            self.log.append(f'{name} yielded {request!r}')
            reply = request.upper() if isinstance(request, str) else request
            self.ready.append((name, coro, reply))

async def worker(tag, n):
    got = []
    for i in range(n):
        got.append(await Yield(f'{tag}{i}'))
    return got

async def parent():
    a = await worker('p', 1)
    b = await child()
    return a + b

async def child():
    return [await Yield('child')]

loop = Loop()
loop.spawn('A', worker('a', 2))
loop.spawn('B', worker('b', 3))
loop.spawn('C', parent())
loop.run()
print('\n'.join(loop.log))
print(loop.results)

c = worker('x', 0)
print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('immediate result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
