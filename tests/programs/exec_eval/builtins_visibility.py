# __builtins__ in exec namespaces and modules: custom builtins dicts, missing builtins, builtins module access.
import builtins
print(type(__builtins__).__name__, __builtins__ is builtins)
ns = {}
exec('pass', ns)
print(ns['__builtins__'] is builtins.__dict__)
limited = {'__builtins__': {'print': print, 'len': len}}
exec('print("limited builtins:", len([1, 2]))', limited)
try:
    exec('abs(-1)', limited)
except NameError as e:
    print('NameError:', e)
exec('print("builtins module works too:", abs(-5))', {'__builtins__': builtins})
def show(): return 'shadowing builtins in a namespace'
exec('print(show())', {'print': lambda *a: builtins.print('[custom print]', *a), 'show': show})
original_len = builtins.len
builtins.len = lambda obj: -1
print('patched len:', len('abc'))
builtins.len = original_len
print('restored len:', len('abc'))
print(sorted(n for n in dir(builtins) if n.startswith('Zero') or n in ('print', 'len', '__build_class__')))
print(builtins.__name__, 'open' in vars(builtins), builtins.True_ if hasattr(builtins, 'True_') else 'no True_')
try:
    exec('True = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
import types
m = types.ModuleType('dynamic')
exec('def f(): return len("four")', m.__dict__)
print(m.f(), '__builtins__' in m.__dict__)
