# class-level attributes CPython defines: __name__/__qualname__/__module__/__doc__, renaming, __annotations__, callable()
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__doc__, Outer.method.__qualname__, Outer.method.__name__, type(Outer.__dict__['method']).__name__)
Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__qualname__ = 'Q.R'
print(repr(Outer))
for value in [5, 'bad\x00name']:
    try:
        Outer.__name__ = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(callable(Outer), callable(Outer()), callable(Outer.method), callable(print), callable(5))
print(repr(int), repr(type), repr(object), str(Outer.Inner), int.__module__, len.__module__)
class Ann:
    x: int
    y: str = 'y'
print(Ann.__annotations__, Ann.y, hasattr(Ann, 'x'))
print(type.__dict__['__name__'].__class__.__name__, Outer.__dict__.get('__weakref__').__class__.__name__)
