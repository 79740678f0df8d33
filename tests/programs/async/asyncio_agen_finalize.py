# asyncio.run finalizes unfinished async generators and cancels leftover tasks at shutdown.
import asyncio

async def ticker(log):
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append('ticker finally')
        print('ticker finally runs')

async def forever():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('leftover task cancelled at shutdown')
        raise

async def main():
    log = []
    agen = ticker(log)
    async for i in agen:
        if i == 2:
            break
    print('broke out at', i, log)
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    keep = agen
    return 'main returned'

print(asyncio.run(main()))
print('after run')
