# ftpy-expect: native
# asyncio with threads: to_thread, run_in_executor, call_soon_threadsafe, queues, timeouts, TaskGroup, streams over a socketpair.
import asyncio, threading, time

def blocking(n):
    time.sleep(0.05)
    return n * n

async def worker(q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()

async def main():
    r = await asyncio.to_thread(blocking, 7)
    print("to_thread", r)
    loop = asyncio.get_running_loop()
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(4)))
    print("executor", rs)
    fut = loop.create_future()
    def setter():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    threading.Thread(target=setter).start()
    print(await fut)
    q = asyncio.Queue()
    out = []
    t = asyncio.create_task(worker(q, out))
    for i in range(5):
        await q.put(i)
    await q.put(None)
    await q.join()
    await t
    print("queue", out)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, result="a"))
        b = tg.create_task(asyncio.sleep(0.02, result="b"))
    print(a.result(), b.result())
    ev = asyncio.Event()
    loop.call_later(0.01, ev.set)
    await ev.wait()
    print("event set", ev.is_set())
    s1, s2 = __import__('socket').socketpair()
    reader, writer = await asyncio.open_connection(sock=s1)
    s2.sendall(b"hello\nworld\n")
    print(await reader.readline(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    s2.close()

asyncio.run(main())
print("done")
