# _collections natives: deque, defaultdict, _count_elements, _tuplegetter. ftpy-expect: native (sizes are 64-bit free-threaded)
from _collections import deque, defaultdict, _count_elements, _tuplegetter
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1])
d.append(4); d.appendleft(0); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
print(d.count('a'), d.index('a'), 'a' in d, 'z' in d)
d.remove('a'); print(d)
d.insert(2, 'I'); print(d)
d.reverse(); print(d)
del d[1]; d[0] = 'Z'; print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); m.appendleft(-1); print(m)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) >= deque([1, 0]))
print(deque('abc') + deque('de'), deque('ab') * 3, 2 * deque('x'))
q = deque('ab'); q += 'cd'; q *= 2; print(q)
print(list(reversed(deque(range(5)))), deque(range(3)).copy())
r = deque(); r.append(r); print(r)
for bad in ["d['a']", "d[1:2]", "d[100]", "deque().pop()", "deque().popleft()", "d.index('nope')", "d.remove('nope')",
            "deque(maxlen=-1)", "deque([1],2).insert(0, 5) or deque([1],1).insert(0,5)", "deque()+[1]", "hash(deque())"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
d = deque(range(5))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RE', e)
print(d.__reduce__()[:3], deque([1], maxlen=2).__reduce__()[:3])
print(deque([1,2,3]).__sizeof__(), deque().__sizeof__(), deque(range(100)).__sizeof__())
it = iter(deque('abc')); next(it); print(it.__length_hint__(), it.__reduce__()[1][1], list(it))
print(deque[int], bool(deque()), bool(deque([0])))
class D(deque): pass
print(D([1,2]), D([1], 3), D([1]).copy(), type(D('a').copy()))
print(type(iter(d)), type(reversed(d)))
dd = defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd.default_factory, dict(dd))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
try: defaultdict(3)
except TypeError as e: print(e)
try: defaultdict()['x']
except KeyError as e: print('KeyError', e)
print(dd | {'c': 3}, {'z': 0} | dd, dd.copy(), dd.__reduce__()[:4])
c = {}
_count_elements(c, 'abracadabra'); print(c)
class T(tuple):
    x = _tuplegetter(0, 'first')
    y = _tuplegetter(1, 'second')
t = T((5, 6)); print(t.x, t.y, T.x, T.x.__doc__)
try: t.x = 1
except AttributeError as e: print(e)
