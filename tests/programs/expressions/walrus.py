# Assignment expressions (:=): in if/while, comprehensions (binding in the enclosing scope), precedence.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 4:
    print('long list', n)
it = iter(data)
total = 0
while (item := next(it, None)) is not None:
    total += item
print('total', total, 'item after loop', item)
print([y for x in data if (y := x * 2) > 8], 'last y =', y)
def f():
    print([last := x for x in range(3)], last)
    return [(i, j := i * 10) for i in range(2)], j
print(f())
print((z := 5) + z, z)
values = [v for raw in ['1', 'x', '22'] if (v := raw.strip()).isdigit()]
print(values, v)
print(any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']), hit)
def g():
    res = {(k := key): k.upper() for key in 'ab'}
    return res, k
print(g())
x = 0
print(f'{(x:=10)}', x)
# Invalid uses are SyntaxErrors.
for src in ['x := 1', '[i := 0 for i in range(3)]', 'def f(a := 1): pass', '(a.b := 1)',
            '[x for x in (y := [1, 2])]', 'class C: [(z := 1) for _ in range(1)]']:
    try:
        compile(src, '<t>', 'exec')
        print('compiled:', src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
