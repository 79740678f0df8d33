# str.join, +, * and the TypeErrors for non-str items, concatenation with other types and bad repeat counts
print(','.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join(()), ' '.join(['solo']), '.'.join(map(str, range(5))))
print('<>'.join({'k1': 1, 'k2': 2}), ''.join(c.upper() for c in 'gen'), ', '.join(iter(['i', 'j'])))
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100, 'x' * True)
s = 'a'
s += 'b'
s *= 2
print(s)
for expr in ["','.join(['a', 1])", "','.join([b'a'])", "''.join(5)", "'a' + 1", "1 + 'a'", "'a' + None",
             "'a' * 1.5", "'a' * 'b'", "'a' - 'b'", "-'a'", "'abc'[0] = 'x'", "del 'abc'[0]", "'a' + b'b'"]:
    try:
        exec(expr)
    except TypeError as e:
        print(expr, '->', e)
try:
    ','.join(['a', 'b', 3, 'd'])
except TypeError as e:
    print(e)
class S(str):
    pass
r = S('x') + S('y')
print(type(r).__name__, r, type(''.join([S('p')])).__name__, type(S('q') * 2).__name__)
