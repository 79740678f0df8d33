# asyncio.run with gather, sleep ordering, tasks, and a Queue producer/consumer.
import asyncio

async def worker(name, delay, log):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} done after {delay}')
    return name.upper()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    total = []
    while (item := await q.get()) is not None:
        total.append(item * item)
    return total

async def main():
    log = []
    results = await asyncio.gather(worker('a', 0.3, log), worker('b', 0.1, log), worker('c', 0.2, log))
    print(results)
    print(log)
    q = asyncio.Queue()
    _, squares = await asyncio.gather(producer(q, 5), consumer(q))
    print(squares)
    t = asyncio.create_task(worker('t', 0.01, log))
    print(t.done())
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except TimeoutError as e:
        print('timeout', type(e).__name__)
    return 'main result'

print(asyncio.run(main()))
