# set repr: small non-negative ints iterate in hash order (ascending for a fresh set of small ints), nested sets
print({3, 1, 2}, {10, 0, 5, 7}, set(range(20, 0, -3)), frozenset({4, 2}), {0, 8}, {1, 9})
print(repr(set()), repr(frozenset()), str({1}), repr({frozenset({1, 2}), frozenset()}) in ('{frozenset(), frozenset({1, 2})}', '{frozenset({1, 2}), frozenset()}'))
class S(set):
    pass
class F(frozenset):
    pass
print(S([2, 1]), F([2, 1]), repr(S()), repr(F()))
r = {1, 2, 3}
print(list(r), sorted({-5, 10, -1, 3}), min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2, 3}))
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, len({1, True, 1.0, 2}))
print({(1, 2), (1, 2)} == {(1, 2)}, sorted({'b', 'a', 'c'}), sorted({1.5, 0.5}))
