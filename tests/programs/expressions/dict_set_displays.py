# Dict and set displays: duplicate keys (last wins, first key object kept), order, unhashable errors, empty forms.
d = {'a': 1, 'b': 2, 'a': 3}
print(d, list(d))
d2 = {1: 'int', 1.0: 'float', True: 'bool'}
print(d2, type(list(d2)[0]).__name__)
s = {1, 1.0, True, 2}
print(s, type(next(iter(s))).__name__)
print({}, set(), type({}).__name__, {*()}, dict(), {**{}})
print({(1, 2): 'tuple key', frozenset({1}): 'frozenset key', None: 'none', 'k': [1]})
try:
    {[1]: 'list key'}
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
order = []
def k(x):
    order.append(f'k{x}')
    return x
def v(x):
    order.append(f'v{x}')
    return x
print({k(1): v(1), k(2): v(2), **{k(3): v(3)}}, order)
print({x for x in 'hello' if x != 'l'} == {'h', 'e', 'o'})
print(sorted({-1, 5, 3, 0}), sorted({'b': 1, 'a': 2}.items()))
nested = {'outer': {'inner': {'deep': [1, {'x': 2}]}}}
print(nested['outer']['inner']['deep'][1]['x'])
print(dict(a=1, **{'b': 2}), dict([('x', 1), ('y', 2)]), dict(zip('ab', 'cd')))
print(len({i % 4 for i in range(100)}), {1, 2} | {3}, {1: 2} | {3: 4})
