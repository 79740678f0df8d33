# exec with explicit globals and locals dicts: where assignments go, __builtins__ insertion, functions' globals.
g = {}
exec('x = 1\ny = x + 1', g)
print(sorted(k for k in g if k != '__builtins__'), '__builtins__' in g, type(g['__builtins__']).__name__)
g2 = {'a': 10}
l2 = {'b': 20}
exec('c = a + b\nd = c * 2', g2, l2)
print(sorted(g2.keys() - {'__builtins__'}), l2)
exec('def f():\n    return a\nresult = f()', g2, l2)
print(l2['result'], 'f' in l2, 'f' in g2)
try:
    exec('def h():\n    return b\nh()', g2, l2)
except NameError as e:
    print('NameError:', e)
exec('global gv\ngv = "declared global"', g2, l2)
print(g2.get('gv'), 'gv' in l2)
print(exec('1 + 1'))
ns = {}
exec(compile('import math\nroot = math.sqrt(16)', '<compiled>', 'exec'), ns)
print(ns['root'], 'math' in ns)
code = compile('total += step', '<aug>', 'exec')
state = {'total': 0, 'step': 5}
for _ in range(3):
    exec(code, state)
print(state['total'])
class Namespace(dict):
    def __getitem__(self, key):
        print('  lookup', key)
        return super().__getitem__(key)
custom = Namespace(value=3)
exec('print("value is", value)', {}, custom)
try:
    exec('print(undefined)', {}, {})
except NameError as e:
    print('NameError:', e)
exec('z = 5')
print('exec without dicts writes module globals:', z)
