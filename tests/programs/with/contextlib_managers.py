# contextlib: contextmanager generators (exceptions thrown in), suppress, ExitStack ordering, closing, nullcontext.
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print(f'  {name} handled KeyError {e}')
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('  body', t)
with tag('b'):
    raise KeyError('k')
print('continued after handled KeyError')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('ValueError propagated', e)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print('suppress worked')
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stacked'))
    print('in ExitStack body')
class Resource:
    def close(self):
        print('Resource.close called')
with contextlib.closing(Resource()) as r:
    print('using', type(r).__name__)
with contextlib.nullcontext('value') as v:
    print('nullcontext gives', v)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
