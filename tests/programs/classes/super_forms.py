# super(): zero-argument and two-argument forms, in __init__, classmethods, staticmethod-free, cooperative MI.
class Base:
    def __init__(self, **kw):
        print('Base.__init__', sorted(kw))
        self.base_done = True
    def greet(self):
        return 'Base'
    @classmethod
    def create(cls):
        return f'Base.create for {cls.__name__}'

class A(Base):
    def __init__(self, a=None, **kw):
        print('A.__init__')
        super().__init__(**kw)
        self.a = a
    def greet(self):
        return 'A>' + super().greet()
    @classmethod
    def create(cls):
        return 'A.create -> ' + super().create()

class B(Base):
    def __init__(self, b=None, **kw):
        print('B.__init__')
        super().__init__(**kw)
        self.b = b
    def greet(self):
        return 'B>' + super().greet()

class C(A, B):
    def __init__(self, **kw):
        print('C.__init__')
        super().__init__(**kw)
    def greet(self):
        return 'C>' + super().greet()

c = C(a=1, b=2, extra=3)
print(c.a, c.b, c.base_done)
print(c.greet())
print(C.create())
print(super(A, c).greet(), super(B, c).greet(), super(C, c).greet())
print(super(A, C).create())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)

class D(Base):
    def greet(self):
        sup = super()
        return [sup.greet() for _ in range(2)]
print(D().greet())

class E(Base):
    def greet(self):
        return (lambda: super().greet())() + ' via lambda'
try:
    E().greet()
except RuntimeError as e:
    print('zero-argument super() inside a lambda:', e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError:', e)
outside()
try:
    super(A, 1)
except TypeError as e:
    print('TypeError:', e)
class F(Base):
    def m(self):
        return super().missing
try:
    F().m()
except AttributeError as e:
    print('AttributeError:', e)
class G(Base):
    def greet(self):
        return super(G, self).greet() + ' (explicit two-argument form)'
print(G().greet())
class H(Base):
    def greet(self):
        return __class__.__name__ + ' ' + super().greet()
print(H().greet())
