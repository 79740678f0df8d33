# Class body scope: names are not visible inside methods or nested comprehensions (except the first iterable).
x = 'global x'
class C:
    x = 'class x'
    y = x.upper()
    def method(self):
        return x
    items = [x for _ in range(2)]
    mapped = [n * 2 for n in range(3)]
    def uses_class_name(self):
        return C.x
    lam = lambda self: x
print(C.y, C().method(), C.items, C.mapped, C().uses_class_name(), C.lam(None))
def factory():
    v = 'function local'
    class Inner:
        v_copy = v
        def get(self):
            return v
    return Inner
I = factory()
print(I.v_copy, I().get())
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count, Counter.count
c = Counter()
print(c.bump(), c.bump())
class Outer:
    a = 1
    class Nested:
        try:
            b = a
        except NameError as e:
            b = f'NameError: {e}'
print(Outer.Nested.b)
def f():
    y = 'enclosing y'
    class K:
        y = 'class y'
        def m(self):
            return y
        z = y
    return K().m(), K.z
print(f())
class Ordered:
    first = 1
    second = first + 1
    del first
print(Ordered.second, hasattr(Ordered, 'first'))
print([k for k in vars(Ordered) if not k.startswith('__')])
