# list +, +=, *, *= (aliasing), comparisons, `in`, identity of nested repetition, and repr of recursive lists
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [[0] * 2] * 2
c[0][0] = 9
print(c, c[0] is c[1])
d = [[0] * 2 for _ in range(2)]
d[0][0] = 9
print(d)
m = [1]
m *= 3
print(m, [1, 2] * 0, [] * 5, -1 * [1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100], [1, 2] == [1, 2], [1] == [1.0], [1, 2] != (1, 2))
print(2 in [1, 2], [2] in [[2]], 'a' in ['abc'], None in [None], float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], [n].count(n), [n].index(n))
r = [1]
r.append(r)
print(r, len(r), r[1] is r)
r2 = [r, [r]]
print(r2)
print(list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list(x * x for x in range(4)), list())
