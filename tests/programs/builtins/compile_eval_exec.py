# compile() in exec/eval/single modes, eval()/exec() with explicit globals/locals, return values and errors
code = compile('x * 2', 'expr-src', 'eval')
print(type(code).__name__, code.co_filename, eval(code, {'x': 21}), eval('x + y', {'x': 1}, {'y': 2}))
ns = {}
r = exec('a = 1\nb = a + 1\ndef f(): return b * 10', ns)
print(r, ns['a'], ns['b'], ns['f'](), '__builtins__' in ns, sorted(k for k in ns if k != '__builtins__'))
single = compile('1 + 1', '<single>', 'single')
exec(single)
exec(compile('None', '<s>', 'single'))
exec(compile('"shown"', '<s>', 'single'))
loc = {}
exec('z = 5', {}, loc)
print(loc)
g = {'__builtins__': {}}
try:
    eval('len([])', g)
except NameError as e:
    print('NameError:', e)
print(eval('abs(-3)', {'abs': lambda v: 'shadowed'}), eval('[i * i for i in range(3)]'), eval(' 1 + 1 \n'))
print(eval(b'3 * 3'), exec('pass'), eval('__name__'), eval('__name__', {}))
for args in [('1 +',), ('x = 1',), ('def',), (5,), ('1', {}, 5), ('1', [])]:
    try:
        eval(*args)
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for src, mode in [('x = ', 'exec'), ('a b', 'eval'), ('1', 'bogus'), ('return 1', 'exec'), ('break', 'exec')]:
    try:
        compile(src, 'f.py', mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ':', e)
def counter():
    total = 0
    exec('total = 99')
    return total
print(counter())
print(compile('1', 'n', 'eval').co_name, compile('pass', 'n', 'exec').co_name, eval(compile('40 + 2', '', 'eval')))
