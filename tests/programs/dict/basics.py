# dict: insertion order, overwriting keeps position, deletion and re-insertion moves to the end, len/in/get
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, list(d), len(d), 'a' in d, 2 in d, d.get('z'), d.get('z', 0), d.get('a', 0))
del d['b']
d['b'] = 20
print(d)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', range(2))), dict())
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 't'}, {None: 0, '': 1, 0: 2})
print({k: k * k for k in range(5) if k % 2}, {c: i for i, c in enumerate('abca')})
d2 = {}
d2[1] = d2
print(d2)
print(d == {'a': 2, 'c': 3, 'b': 20}, d == {'a': 2}, {'a': 1} == {'a': 1.0}, {} == {}, {'a': 1} != {'b': 1})
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
