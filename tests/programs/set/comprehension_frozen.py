# set comprehensions, frozenset as dict key/set element, set of tuples, and set equality across set/frozenset
squares = {x * x for x in range(-3, 4)}
print(sorted(squares), len(squares))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
graph = {frozenset({1, 2}): 'edge12', frozenset({2, 3}): 'edge23'}
print(graph[frozenset({2, 1})], frozenset({3, 2}) in graph)
nested = {frozenset(), frozenset({0}), frozenset({0})}
print(len(nested), frozenset() in nested)
print({1, 2} == frozenset({1, 2}), frozenset({1, 2}) == {2, 1}, set() == frozenset(), {1} != frozenset({2}))
s = set()
for word in ['a', 'bb', 'a', 'ccc', 'bb']:
    s.add(len(word))
print(s, sorted(s, reverse=True))
fs = frozenset(range(5))
print(fs - {0}, fs & {1, 10}, sorted(fs ^ {4, 5}), fs.issuperset({1, 2}), type(fs.union()).__name__)
