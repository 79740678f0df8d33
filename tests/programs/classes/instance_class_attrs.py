# Class vs instance attributes: lookup order, shadowing, shared mutable class attributes, __dict__ and vars().
class Dog:
    kind = 'canine'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
a, b = Dog('Fido'), Dog('Buddy')
a.add_trick('roll')
b.add_trick('play dead')
print(a.kind, b.kind, a.tricks is b.tricks, Dog.tricks)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind, a.__dict__, b.__dict__)
del a.kind
print(a.kind)
Dog.kind = 'changed on class'
print(a.kind, b.kind)
print(vars(a), sorted(k for k in vars(Dog) if not k.startswith('__')))
print(type(Dog.__dict__).__name__)
try:
    Dog.__dict__['kind'] = 1
except TypeError as e:
    print(e)
a.__dict__['injected'] = True
print(a.injected)
a.__dict__ = {'name': 'replaced'}
print(a.name, vars(a))
try:
    a.__dict__ = 'not a dict'
except TypeError as e:
    print(e)
print(a.__class__.__name__, type(a) is Dog, isinstance(a, Dog))
class Cat:
    kind = 'feline'
a.__class__ = Cat
print(a.kind, type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
class WithMethodAttr:
    def m(self): return 'method'
w = WithMethodAttr()
w.m = lambda: 'instance function'
print(w.m(), WithMethodAttr.m(w))
print(getattr(w, 'missing', 'default'), hasattr(Dog, 'add_trick'), 'add_trick' in Dog.__dict__)
try:
    w.missing
except AttributeError as e:
    print(e)
try:
    WithMethodAttr.missing
except AttributeError as e:
    print(e)
