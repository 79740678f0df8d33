# KeyError: the message shows repr(key), str(e) of a KeyError is the repr, tuple keys, and an uncaught KeyError traceback
d = {'a': 1, (1, 2): 'pair'}
for key in ['missing', 0, (3, 4), None, '', 'quote"s', ('single',)]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d['nope']
except KeyError as e:
    print('del:', e)
class Missing(dict):
    def __missing__(self, key):
        return f'default for {key!r}'
m = Missing(a=1)
print(m['a'], m['b'], 'b' in m, m.get('b'), len(m))
class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError:', e)
e = KeyError()
print(repr(e), str(e), repr(KeyError('a', 'b')), str(KeyError('a', 'b')))
config = {'host': 'localhost'}
print(config['port'])
