# asyncio: task cancellation, CancelledError handling, TaskGroup with failures (ExceptionGroup), timeouts.
import asyncio

async def sleeper(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} woke')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def failing(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    log = []
    t = asyncio.create_task(sleeper('long', 10, log))
    await asyncio.sleep(0.01)
    print('cancel() ->', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting a cancelled task raises CancelledError', t.cancelled())
    print(log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('tg-slow', 1, log))
            tg.create_task(failing(0.05, ValueError('bad value')))
            tg.create_task(failing(0.5, KeyError('bad key')))
    except* ValueError as eg:
        print('ValueError group:', [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyError group:', [repr(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out')

    results = await asyncio.gather(failing(0.01, RuntimeError('x')), sleeper('ok', 0.02, log), return_exceptions=True)
    print([repr(r) for r in results])
    done, pending = await asyncio.wait([asyncio.create_task(sleeper(f'w{i}', i / 100, log)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    q = asyncio.Queue(maxsize=2)
    async def prod():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def cons():
        items = []
        while (x := await q.get()) is not None:
            items.append(x)
        return items
    print(await asyncio.gather(prod(), cons()))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'event seen'
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    return 'done'

print(asyncio.run(main()))
