# slice objects: attributes, indices() normalisation for positive/negative steps and bounds, repr, equality, hashing
for s in [slice(5), slice(1, 4), slice(None, None, -1), slice(-3, None), slice(2, -2, 2), slice(100, -100, -3), slice(None, None, 2)]:
    print(repr(s), s.start, s.stop, s.step, s.indices(10), s.indices(0), s.indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 'ok'}[slice(1, 2)])
print(slice('a', 'b', 'c'), slice(1.5, [2]).start, slice(None))
for args in [(1, 1), (1, -1)]:
    try:
        print(slice(*args[:1], None, args[1]).indices(5))
    except ValueError as e:
        print('ValueError:', e)
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    slice('a', 2).indices(5)
except TypeError as e:
    print('TypeError:', e)
try:
    slice()
except TypeError as e:
    print('TypeError:', e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
s = slice(1, 10, 2)
try:
    s.start = 5
except AttributeError as e:
    print('AttributeError:', e)
print(list(range(10))[s], 'abcdefghij'[s], range(*s.indices(10)), s.indices(10 ** 30))
