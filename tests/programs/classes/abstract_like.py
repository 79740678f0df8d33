# Abstract-base-class patterns without abc: NotImplementedError stubs, template methods, registration checks.
class Shape:
    sides = None
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area()')
    def describe(self):
        return f'{type(self).__name__} with {self.sides} sides, area {self.area():.2f}'
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in ('area',) if getattr(cls, m) is getattr(Shape, m)]
        cls.is_complete = not missing

class Square(Shape):
    sides = 4
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    sides = 0
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for shape in (Square(2), Circle(1), Blob()):
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(Square.is_complete, Blob.is_complete)

class Interface:
    required = ('read', 'write')
    @classmethod
    def check(cls, obj):
        return [m for m in cls.required if not callable(getattr(obj, m, None))]
class File:
    def read(self): pass
    write = None
print(Interface.check(File()), Interface.check(object()))

class Base:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self): return 'base step1'
    def step2(self): raise NotImplementedError
class Impl(Base):
    def step2(self): return 'impl step2'
print(Impl().run())
print(NotImplemented.__class__.__name__, NotImplementedError.__mro__[1].__name__, bool(NotImplementedError))
