# class __dict__ is a read-only mappingproxy: lookups, iteration order of definitions, no item assignment; setattr works
class K:
    b = 2
    a = 1
    def method(self):
        pass
proxy = K.__dict__
print(type(proxy).__name__, proxy['a'], 'method' in proxy, [n for n in proxy if not n.startswith('__')])
for stmt in ["proxy['c'] = 3", "del proxy['a']", "proxy.pop('a')", "proxy.clear()"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
K.c = 3
print('c' in proxy, proxy['c'], proxy.get('zz', 'dflt'), len([n for n in proxy.keys() if not n.startswith('__')]))
print(proxy | {'x': 1} == {**proxy, 'x': 1}, type(proxy | {}).__name__, type(proxy.copy()).__name__)
from types import MappingProxyType
m = MappingProxyType({'k': 'v'})
print(m, m['k'], list(m.items()), repr(m))
try:
    m['k'] = 'w'
except TypeError as e:
    print('TypeError:', e)
print(type(int.__dict__).__name__, 'real' in int.__dict__, '__add__' in int.__dict__)
try:
    int.new_attr = 1
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(list, 'append', None)
except TypeError as e:
    print('TypeError:', e)
