# Function attributes: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __module__,
# __code__ fields, __dict__, __globals__, __builtins__, __type_params__.
def plain(a, b=1, *args, c, d=4, **kw):
    """Docstring of plain."""
    local_one = a + b
    return local_one
class Outer:
    class Inner:
        def method(self):
            def nested():
                pass
            return nested
print(plain.__name__, plain.__qualname__, repr(plain.__doc__), plain.__module__)
print(plain.__defaults__, plain.__kwdefaults__)
code = plain.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_nlocals, code.co_filename.endswith('function_attributes.py'))
print(code.co_firstlineno, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))
m = Outer.Inner.method
print(m.__qualname__, m(None).__qualname__, Outer.Inner.__qualname__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__code__.co_varnames)
plain.custom = 'attached'
print(plain.__dict__, plain.custom)
print(plain.__globals__ is globals(), plain.__builtins__ is __builtins__.__dict__)
plain.__name__ = 'renamed'
plain.__qualname__ = 'Q.renamed'
print(plain.__name__, plain.__qualname__, plain.__code__.co_name)
try:
    plain.__name__ = 5
except TypeError as e:
    print(e)
def generic[T](x: T) -> T:
    return x
print(generic.__type_params__, plain.__type_params__)
print(type(plain).__name__, callable(plain))
try:
    del plain.__code__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def with_doc_expr():
    'single quoted doc'
print(with_doc_expr.__doc__)
def not_doc():
    x = 1
    'not a doc'
print(not_doc.__doc__)
def indented():
    """
    First.
        Indented more.
    """
print(repr(indented.__doc__))
