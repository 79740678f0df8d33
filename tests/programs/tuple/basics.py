# tuple: construction, singleton syntax, indexing/slicing, count/index with ranges, concatenation/repetition and errors
t = (1, 'two', 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2], t[10:], (), (1,), tuple(), tuple('abc'), tuple(range(3)))
print(t.count(1), (1, 1.0, True, 2).count(1), (1, 2, 3, 2).index(2), (1, 2, 3, 2).index(2, 2), (1, 2, 3).index(3, -1))
print(t + (7,), (0,) * 3, 2 * (1, 2), () * 10, (1,) * -1, t[:0])
for expr in ['t[5]', 't[-6]', "t['a']", 't + [1]', 't * 1.5', '(1, 2).index(9)', '(1, 2, 3).index(1, 1)', 'tuple(5)', "t.append(1)", 't[0] = 1', 'del t[0]']:
    try:
        exec(expr)
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(expr, '->', type(e).__name__ + ':', e)
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest, type(rest).__name__)
x = ([],)
x[0].append('mutable inside')
print(x)
try:
    x[0] += ['more']
except TypeError as e:
    print('TypeError:', e, x)
