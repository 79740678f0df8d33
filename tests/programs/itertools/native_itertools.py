# itertools natives: every type, reprs and argument errors. ftpy-expect: native (sizes are 64-bit)
import itertools as I
from itertools import *
print(sorted(n for n in dir(I) if not n.startswith('__')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([], initial=5)))
print(list(batched('abcdefg', 3)), list(batched(range(4), 2, strict=True)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), chain[int])
print(list(combinations('abcd', 2)), list(combinations(range(3), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
c = count(5); print(next(c), next(c), c, count(), count(5, 2), count(1.5), count(0, 1.0), count(2**70, -1))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(2**53 - 2), 4)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in groupby('aabbbcdd')], [(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)))
print(list(product('ab', range(2))), list(product('ab', repeat=2)), list(product()), list(product('a', '')))
r = repeat('a', 3); print(r, r.__length_hint__(), list(r), r, repeat('a'), repeat(None, -3))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: a, ['ab'])))
a, b = tee(iter(range(5))); print(next(a), list(b), list(a), type(a).__name__)
t1, t2, t3 = tee('abc', 3); print(list(t1), list(t3), list(t2.__copy__()), tee('x', 0))
big = tee(range(200)); print(sum(big[0]), sum(big[1]))
print(list(zip_longest('abc', 'x', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3])))
print(combinations('abc', 2).__sizeof__(), permutations('abc', 2).__sizeof__(), product('ab', 'cd').__sizeof__())
class C(count): pass
print(C(3), type(iter(chain())).__name__)
for e in ['count("a")', 'repeat()', 'islice()', 'islice([], 1, 2, 3, 4)', 'chain(a=1)', 'zip_longest(x=1)', 'tee([], -1)',
          'permutations("a", 1.0)', 'combinations("a")', 'combinations("a", -1)', 'accumulate()', 'batched("a", 0)', 'cycle()',
          'list(starmap(len, [1]))', 'len(repeat(1))', 'repeat(1).__length_hint__()', 'islice([], -1)', 'islice([], 1, -2)',
          'islice([], 1, 2, 0)', 'islice([], "a", 2)', 'islice([], "a")', 'groupby(key=1)', 'pairwise()', 'count(1, 2, 3)',
          'repeat(1, 2, 3)', 'repeat(1, "a")', 'list(batched("abc", 2, strict=True))', 'product(repeat=-1)', 'I._grouper()',
          'cycle([], x=1)', 'dropwhile(len)', 'compress("a")']:
    try:
        print(repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
