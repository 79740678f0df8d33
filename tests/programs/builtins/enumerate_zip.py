# enumerate (start, negative and huge starts) and zip (unequal lengths, strict=True ValueError messages, laziness)
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
print(list(enumerate('xy', 2 ** 64)), next(enumerate('q')), type(enumerate([])).__name__)
print(list(zip('abc', range(10))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')), dict(zip('ab', 'xy')))
print(list(zip('ab', 'cd', strict=True)))
for args in [('abc', 'ab'), ('ab', 'abc'), ('ab', 'ab', 'a'), ('a', 'ab', 'ab'), ('ab', 'ab', 'abc')]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(args, 'ValueError:', e)
z = zip(iter([1, 2, 3]), iter(['a']))
print(list(z))
it = iter([1, 2, 3])
print(list(zip(it, 'x')), list(it))
pairs = [(1, 'a'), (2, 'b')]
nums, lets = zip(*pairs)
print(nums, lets)
for call in [lambda: enumerate(5), lambda: enumerate('a', 'b'), lambda: zip(5), lambda: enumerate(), lambda: zip('a', strict=1, extra=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
