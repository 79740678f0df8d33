# __getattr__ (fallback), __getattribute__ (always), __setattr__ and __delattr__ hooks and their ordering
class Fallback:
    real = 'real'
    def __getattr__(self, name):
        return f'<fallback {name}>'
f = Fallback()
print(f.real, f.missing, getattr(f, 'other'), hasattr(f, 'anything'))
class Always:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print('  getattribute', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print('  getattr', name)
        return None
a = Always()
print(a.x)
print(a.nope)
class Guard:
    def __setattr__(self, name, value):
        print('  setattr', name, value)
        if name.startswith('_'):
            raise AttributeError(f'{name} is private')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('  delattr', name)
        object.__delattr__(self, name)
g = Guard()
g.ok = 1
try:
    g._secret = 2
except AttributeError as e:
    print('AttributeError:', e)
del g.ok
try:
    del g.ok
except AttributeError as e:
    print('AttributeError:', e)
class Raises:
    def __getattr__(self, name):
        raise AttributeError(name + ' really missing')
print(getattr(Raises(), 'q', 'default'), hasattr(Raises(), 'q'))
try:
    Raises().q
except AttributeError as e:
    print('AttributeError:', e, e.name, e.obj.__class__.__name__)
class BadGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(BadGetattr(), 'x')
except KeyError as e:
    print('KeyError propagates from hasattr:', e)
