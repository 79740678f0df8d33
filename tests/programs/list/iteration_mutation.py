# mutating a list while iterating over it (well-defined index-based behaviour), reversed(), and iterator exhaustion
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'done'))
r = [1, 2, 3]
rit = reversed(r)
r.append(4)
print(list(rit))
r = [1, 2, 3]
rit = reversed(r)
r.pop()
r.pop()
print(list(rit))
e = enumerate(['a', 'b'])
print(next(e), list(e))
lst = [0, 1, 2]
it = iter(lst)
next(it)
lst.insert(0, -1)
print(list(it))
print(list(reversed([])), list(reversed(range(3))), type(reversed([])).__name__, type(iter([])).__name__)
it2 = iter([1])
print(it2.__length_hint__(), next(it2), it2.__length_hint__())
