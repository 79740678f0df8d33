# __getattr__ vs __getattribute__, __setattr__ and __delattr__ hooks, object.__getattribute__ bypass, recursion traps.
class Lazy:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        print(f'  __getattr__({name!r})')
        if name.startswith('no_'):
            raise AttributeError(f'{name} really missing')
        return f'computed {name}'
l = Lazy()
print(l.real)
print(l.virtual)
try:
    l.no_such
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(l, 'no_x', 'default'), hasattr(l, 'no_y'), hasattr(l, 'anything'))

class Spy:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def method(self): return 'method result'
s = Spy()
s.method()
s.log_attr = 1
_ = s.log_attr
print(s.log)

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError(f'cannot set private {name}')
        print(f'  setting {name}={value!r}')
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print(f'  deleting {name}')
        if name == 'keep':
            raise AttributeError('keep is protected')
        super().__delattr__(name)
g = Guarded()
g.name = 'abc'
g.keep = 1
print(g.name, vars(g))
try:
    g._secret = 1
except AttributeError as e:
    print(e)
del g.name
try:
    del g.keep
except AttributeError as e:
    print(e)

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from __getattribute__')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'__getattr__ rescued {name}'
print(Both().boom, Both().other)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target: pass
tg = Target()
px = Proxy(tg)
px.color = 'red'
print(tg.color, px.color, 'color' in vars(px))
try:
    object().__setattr__('x', 1)
except AttributeError as e:
    print(e)
try:
    setattr(1, 'real', 2)
except AttributeError as e:
    print(e)
