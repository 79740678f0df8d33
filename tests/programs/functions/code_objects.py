# Code object attributes: co_consts (docstring first), co_names, co_flags (CO_HAS_DOCSTRING, CO_COROUTINE), replace().
def documented(x):
    """The docstring."""
    return x.real + 1000
def plain(a, b):
    return a.bit_length() + len(b)
async def coro():
    pass
c = documented.__code__
print(c.co_consts[0], bool(c.co_flags & 0x4000000), c.co_names)
print(plain.__code__.co_names, plain.__code__.co_varnames, plain.__code__.co_nlocals)
print(bool(plain.__code__.co_flags & 0x4000000), hex(coro.__code__.co_flags & 0x380))
co = compile('a + b.c', '<expr>', 'eval')
print(co.co_names, co.co_name, co.co_filename)
renamed = c.replace(co_name='renamed', co_qualname='renamed')
print(renamed.co_name, renamed.co_qualname, renamed is c, c.co_name)
print(c.__replace__(co_name='x').co_name, type(c.co_code).__name__)
for bad in [{'co_name': 3}, {'co_flags': 'x'}]:
    try:
        c.replace(**bad)
    except TypeError as e:
        print('TypeError', e)
