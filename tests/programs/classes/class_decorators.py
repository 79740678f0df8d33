# Class decorators: modifying and replacing classes, stacking order, adding methods, dataclass-like pattern.
log = []
def add_repr(cls):
    fields = [k for k in cls.__annotations__] if hasattr(cls, '__annotations__') else []
    def __repr__(self):
        return f'{cls.__name__}(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
    cls.__repr__ = __repr__
    log.append('add_repr')
    return cls

def add_init(cls):
    fields = list(cls.__annotations__)
    defaults = {f: getattr(cls, f) for f in fields if hasattr(cls, f)}
    def __init__(self, *args, **kwargs):
        values = dict(defaults)
        values.update(zip(fields, args))
        values.update(kwargs)
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f'missing {missing}')
        for f in fields:
            setattr(self, f, values[f])
    cls.__init__ = __init__
    log.append('add_init')
    return cls

@add_repr
@add_init
class Point:
    x: int
    y: int = 0

print(log, Point(1), Point(1, 2), Point(y=5, x=3))
try:
    Point()
except TypeError as e:
    print(e)

def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = False
print(type(Settings).__name__, Settings.debug)

registry = []
def register(tag):
    def deco(cls):
        registry.append((tag, cls.__name__))
        return cls
    return deco
@register('first')
@register('second')
class Both: pass
print(registry)

def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, '_frozen', False):
            raise AttributeError(f'{cls.__name__} is frozen')
        object.__setattr__(self, name, value)
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        self._frozen = True
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Const:
    def __init__(self, v):
        self.v = v
c = Const(3)
try:
    c.v = 4
except AttributeError as e:
    print(e, c.v)
