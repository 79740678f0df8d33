# A generator suspended inside an except block keeps its own exception state (sys.exception()).
import sys
def gen():
    try:
        raise ValueError('inside')
    except ValueError:
        yield sys.exception()
        yield sys.exception()
it = gen()
print(repr(next(it)), repr(sys.exception()))
try:
    raise KeyError('outer')
except KeyError:
    print(repr(next(it)), repr(sys.exception()))
print(repr(sys.exception()))
def ignores():
    try:
        yield 1
    finally:
        yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e), e.__context__)
