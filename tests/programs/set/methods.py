# set methods: add/remove/discard/pop/clear/update family/copy and the named set-algebra methods taking iterables
s = {5, 1, 3}
s.add(2); s.add(2); s.discard(9); s.discard(5); s.remove(1)
print(s, s.pop() in {2, 3}, len(s))
t = {1, 2, 3}
print(t.union([4], (5,), range(6, 8)), t.intersection([2, 3, 4], {3}), t.difference([1], {2}), t.symmetric_difference([3, 4]))
print(t.issubset(range(5)), t.issuperset([1, 2]), t.isdisjoint([7, 8]), t.isdisjoint('abc'), t.union(), t.intersection())
u = {1, 2, 3}
u.update([10], {11}); u.intersection_update(range(12)); u.difference_update([1]); u.symmetric_difference_update([2, 99])
print(u)
c = u.copy()
c.clear()
print(c, u, set.union({1}, {2}), frozenset.union(frozenset({1}), [2]))
for stmt in ['s.remove(42)', 'set().pop()', 's.add([1])', 's.update(5)', 'frozenset().add(1)', 's.issubset(5)', 'set.add()', 's.remove()']:
    try:
        exec(stmt)
    except (KeyError, TypeError, AttributeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(frozenset([3, 1]).copy(), type(frozenset().copy()).__name__)
