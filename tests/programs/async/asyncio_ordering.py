# asyncio scheduling order with virtual-time-independent results: as_completed by delay, call_soon order, locks.
import asyncio
async def job(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name
async def main():
    log = []
    tasks = [asyncio.create_task(job(n, d, log)) for n, d in [('slow', 0.3), ('fast', 0.1), ('mid', 0.2)]]
    finished = [await t for t in asyncio.as_completed(tasks)]
    print('as_completed:', finished, 'log:', log)
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 'soon 1')
    loop.call_soon(order.append, 'soon 2')
    loop.call_later(0.01, order.append, 'later')
    await asyncio.sleep(0.02)
    print(order)
    lock = asyncio.Lock()
    shared = []
    async def critical(name):
        async with lock:
            shared.append(f'{name} in')
            await asyncio.sleep(0)
            shared.append(f'{name} out')
    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print(shared)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), 'peak', peak)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'future result')
    print(await fut)
    print(await asyncio.wait_for(job('quick', 0, log), timeout=1))
asyncio.run(main())
