# with on objects lacking the protocol: CPython 3.14's TypeError messages; lookup on the type, not the instance.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class InstanceOnly:
    pass
inst = InstanceOnly()
inst.__enter__ = lambda: None
inst.__exit__ = lambda *a: None
for obj in [NoEnter(), NoExit(), inst, 42, None]:
    try:
        with obj:
            pass
    except TypeError as e:
        print('TypeError:', e)
class AsyncOnly:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
try:
    with AsyncOnly():
        pass
except TypeError as e:
    print('TypeError:', e)
class SyncOnly:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def use_sync_in_async_with():
    async with SyncOnly():
        pass
try:
    use_sync_in_async_with().send(None)
except TypeError as e:
    print('TypeError:', e)
