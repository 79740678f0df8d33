# Metaclasses: __new__/__init__/__call__/__prepare__ order and arguments, class keywords, inheritance of metaclass.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(f'__prepare__ {name} {kw}')
        ns = {'injected': 'from prepare'}
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        log.append(f'__new__ {name} keys={sorted(k for k in ns if not k.startswith("__"))}')
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f'__init__ {name}')
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(f'__call__ {cls.__name__} {args}')
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst

class Widget(metaclass=Meta, flavor='blue'):
    def __init__(self, size):
        log.append('Widget.__init__')
        self.size = size
    def method(self): pass

print('\n'.join(log)); log.clear()
w = Widget(3)
print(log, w.size, w.via_meta, Widget.injected, Widget.created_by, type(Widget).__name__)
log.clear()
class Sub(Widget):
    pass
print(log, type(Sub).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(Config(1) is Config(2), Config(3).v)

class OrderedMeta(type):
    def __new__(mcs, name, bases, ns):
        ns['field_order'] = [k for k in ns if not k.startswith('__')]
        return super().__new__(mcs, name, bases, ns)
class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Record.field_order)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print('TypeError:', e)
Dynamic = Meta('Dynamic', (), {'x': 1})
print(Dynamic.x, Dynamic.created_by, Dynamic.__name__)
print(type(type), type(Meta), isinstance(Widget, type), issubclass(Meta, type))
class WithRepr(type):
    def __repr__(cls): return f'<class {cls.__name__} via WithRepr>'
class Shown(metaclass=WithRepr): pass
print(repr(Shown), [Shown])
