# Augmented assignment: every operator, evaluation of target once, in-place vs rebinding.
v = 17
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
    ns = {'v': 17}
    exec(f'v {op} 3', ns)
    print(op, ns['v'])

m = [[1, 2], [3, 4]]
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, other):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
mm = M(m)
mm @= M([[1, 0], [0, 1]])
print(mm.rows)

calls = []
class Obj:
    def __init__(self): self._v = 1
    def __getattr__(self, name):
        calls.append('getattr ' + name); return 0
    def __setattr__(self, name, value):
        calls.append(f'setattr {name}={value}'); object.__setattr__(self, name, value)
o = Obj()
calls.clear()
o.counter += 5
print(calls)

def key():
    calls.append('key()')
    return 'k'
d = {'k': 10}
calls.clear()
d[key()] += 1
print(calls, d)

# Lists extend in place with +=, tuples rebind.
a = [1]
alias = a
a += [2]
print(a is alias, alias)
t = (1,)
alias_t = t
t += (2,)
print(t is alias_t, alias_t, t)
# += on a list accepts any iterable; + does not.
a += 'xy'
print(a)
try:
    a = a + 'z'
except TypeError as e:
    print(e)

# The famous tuple-item case: the list is extended and then TypeError.
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)

s = 'ab'
s *= 3
print(s)
