# PEP 649/749 deferred annotations (3.14): annotations are evaluated lazily, on first access of __annotations__.
log = []
def note(x):
    log.append(x)
    return x
def f(a: note('a'), b: note('b') = 1) -> note('return'):
    pass
print('after def:', log)
print(f.__annotations__)
print('after access:', log)
print(f.__annotations__ is f.__annotations__, log)
def uses_undefined(x: NotYetDefined) -> AlsoLater:
    pass
class NotYetDefined: pass
class AlsoLater: pass
print(uses_undefined.__annotations__)
def broken(x: DoesNotExist): pass
try:
    broken.__annotations__
except NameError as e:
    print('NameError:', e)
class C:
    x: int
    y: 'str' = 'default'
    z: list[NotYetDefined]
print(C.__annotations__)
print('x' in C.__dict__, C.y)
print(type(f.__annotate__).__name__, f.__annotate__(1))
def no_annotations(): pass
print(no_annotations.__annotations__, no_annotations.__annotate__)
f.__annotations__ = {'replaced': True}
print(f.__annotations__, f.__annotate__)
try:
    f.__annotate__(2)
except (NotImplementedError, TypeError) as e:
    print(type(e).__name__)
