# eval: expressions only, namespaces, restricted builtins, compile modes, syntax errors, code objects.
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('  "leading spaces ok"'))
print(eval('a + b', {'a': 1, 'b': 2}), eval('a * n', {'a': 3}, {'n': 4}))
print(eval('len("abc")', {'__builtins__': {'len': len}}))
try:
    eval('print("x")', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
for src in ['x = 1', 'import os', 'if True: pass', '1 +', 'return 5']:
    try:
        eval(src)
    except SyntaxError as e:
        print(f'{src!r}: SyntaxError: {e.msg}')
print(eval(compile('2 ** 10', '<e>', 'eval')))
single = compile('40 + 2', '<s>', 'single')
import sys
exec(single)
print(eval(b'3 * 3'), eval('\n\n7\n'))
f = eval('lambda x: x + 1')
print(f(41), f.__name__)
print(eval('(yield)' if False else 'None'))
co = compile('a + 1', 'file.py', 'eval')
print(co.co_filename, co.co_name, co.co_names)
try:
    eval(co, {})
except NameError as e:
    print('NameError:', e)
try:
    eval(42)
except TypeError as e:
    print('TypeError:', e)
print(eval('x', {'x': 'global'}, {'x': 'local'}))
try:
    eval('1', [])
except TypeError as e:
    print('TypeError:', e)
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'custom'}))
