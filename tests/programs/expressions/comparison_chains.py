# Comparison chains: short-circuit, single evaluation of middle operands, mixed operators, identity.
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(1) == v(1) != v(2), log); log.clear()
print(v(5) > v(4) >= v(4) > v(3), log); log.clear()
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b, a is not c, b is not a)
print(1 in a, 3 not in a, 'x' in 'xyz', 'xz' in 'xyz', 'xy' in 'xyz')
print(1 < 2 in [2], (1 < 2) in [2], 1 < 2 in [True])
print(None is None, None == None, None != 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9], 'abc' < 'abd', 'Z' < 'a')
print(1 == 1.0 == True, 0 == -0.0, float('nan') == float('nan'))
nan = float('nan')
print(nan != nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'1 {op} "a"')
    except TypeError as e:
        print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > set())
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0)
