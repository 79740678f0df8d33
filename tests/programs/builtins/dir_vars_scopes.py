# dir() of a local class/instance/module (sorted), vars(), locals() and globals() contents and snapshots
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Local(Base):
    x = 1
    def method(self):
        pass
inst = Local()
inst.inst_attr = 2
print([n for n in dir(Local) if not n.startswith('__')], [n for n in dir(inst) if not n.startswith('__')])
print(dir(inst) == sorted(dir(inst)), '__class__' in dir(inst), '__init__' in dir(Local))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
import math
print([n for n in dir(math) if n.startswith('f')][:4], 'pi' in dir(math))
print(vars(inst), sorted(k for k in vars(Local) if not k.startswith('__')), type(vars(Local)).__name__)
def f(a, b=2):
    c = a + b
    snapshot = locals()
    snapshot['c'] = 'changed in snapshot'
    return sorted(snapshot), c
print(f(1))
def g():
    x = 1
    l = locals()
    x = 2
    return l['x'], locals()['x']
print(g())
print(globals() is vars(), globals()['__name__'], 'f' in globals(), type(globals()).__name__)
glob_name = 'value'
globals()['injected'] = 'via globals()'
print(injected, globals()['glob_name'])
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
def outer():
    v = 'free'
    def inner():
        return sorted(locals())
    def inner_uses():
        return v, sorted(locals())
    return inner(), inner_uses()
print(outer())
print(dir(5) == dir(int), sorted(set(dir([])) - set(dir(object)))[:6])
