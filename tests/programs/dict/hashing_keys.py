# dict keys: equal keys collapse (1/1.0/True), unhashable keys raise TypeError, custom __eq__/__hash__ is honoured
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys())[0].__class__.__name__)
for key in [[1], {'a': 1}, {1}, bytearray(b'x'), ([],)]:
    try:
        d[key] = 1
    except TypeError as e:
        print('TypeError:', e)
try:
    [] in d
except TypeError as e:
    print('TypeError:', e)
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f'Key({self.name!r})'
k = {Key('Alpha'): 1}
k[Key('ALPHA')] = 2
print(k, Key('alpha') in k)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
print(EqOnly.__hash__)
nan = float('nan')
dn = {nan: 1}
dn[nan] = 2
dn[float('nan')] = 3
print(len(dn), list(dn.values()))
