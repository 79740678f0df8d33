# dict.update with mappings, iterables of pairs, keyword arguments, objects with keys(); plus | and |= operators
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ['d', 4]])
d.update(e=5, a=100)
d.update({'f': 6}, g=7)
d.update(())
print(d)
class KeysOnly:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, key):
        return key * 2
d.update(KeysOnly())
print(d)
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'k': 0}
alias = m
m |= {'n': 1}
m |= [('p', 2)]
print(m, alias is m)
for stmt in ["d.update(5)", "d.update([('a',)])", "d.update(['ab', 'cde'])", "d | [('a', 1)]", "d.update({}, {})", "{} | 1"]:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except (TypeError, ValueError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(dict(['ab', 'cd']), dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], []), dict.fromkeys(range(3), 0))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
class MyDict(dict):
    pass
print(type(MyDict.fromkeys('ab')).__name__, type(MyDict(a=1) | {'b': 2}).__name__, type({'b': 2} | MyDict(a=1)).__name__)
