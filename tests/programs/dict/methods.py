# dict methods: setdefault, pop with/without default, popitem LIFO order, copy (shallow), clear, get, keys/items
d = {'a': 1, 'b': 2, 'c': 3}
print(d.setdefault('a', 99), d.setdefault('z', 26), d.setdefault('n'), d)
print(d.pop('a'), d.pop('missing', 'dflt'), d.pop('missing', None), d)
print(d.popitem(), d.popitem(), d)
d['new'] = 1
print(d.popitem(), d)
orig = {'list': [1, 2], 'n': 0}
cp = orig.copy()
cp['list'].append(3)
cp['n'] = 5
print(orig, cp, cp is orig)
cp.clear()
print(cp, orig)
for stmt in ["d.pop('missing')", '{}.popitem()', 'd.pop()', "d.setdefault()", "d.get()", "d.pop('a', 1, 2)"]:
    try:
        exec(stmt)
    except (KeyError, TypeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
counts = {}
for w in 'the quick the lazy the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(dict.get(d, 'b'), dict.__contains__(d, 'b'), d.__len__(), d.__getitem__('b'))
