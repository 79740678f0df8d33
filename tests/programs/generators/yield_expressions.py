# yield as an expression: precedence, in assignments, parenthesised, yield None, multiple per line.
def g():
    x = yield
    print('x =', x)
    y = yield x, 'tuple'
    print('y =', y)
    z = (yield) or 'default'
    print('z =', z)
    result = (yield 'a') + (yield 'b')
    print('result =', result)
    yield
gen = g()
print(repr(next(gen)))
print(gen.send(1))
print(repr(gen.send(2)))
print(gen.send(None))
print(gen.send(10))
print(gen.send(20))
try:
    next(gen)
except StopIteration:
    print('done')
for src in ['[(yield x) for x in y]', 'def f():\n    [(yield x) for x in y]\n', 'yield 1', 'class C:\n    yield 1\n',
            'def f():\n    lambda: (yield)\n']:
    try:
        compile(src, '<g>', 'exec')
        print('compiled:', repr(src))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
