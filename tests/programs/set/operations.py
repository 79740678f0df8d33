# set/frozenset operators with small non-negative ints: | & - ^, comparisons (subset/superset), in, len
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, len(a | b), 3 in a, 9 in a, 9 not in a)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
fa = frozenset([1, 2, 3])
print(fa | {4}, {4} | fa, fa & {2, 9}, type(fa | {4}).__name__, type({4} | fa).__name__, fa == {1, 2, 3})
print(set(), frozenset(), {0}, set(range(5)), set('aaa'), set([1, 1, 2]), {x % 3 for x in range(10)})
s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 5}
s -= {5}
s ^= {7, 1}
print(s, alias is s)
f = frozenset({1})
f2 = f
f |= {2}
print(f, f2, f is f2)
for expr in ['a | [1]', 'a + b', 'a * 2', 'a[0]', 'a < [1]', '{[1]}', 'set(5)', '{1} & 1']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print({1} < {1, 2} < {1, 2, 3}, {1} == frozenset({1}), {frozenset({1}): 'key'}[frozenset([1])])
