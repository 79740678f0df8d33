# Where each kind of operation raises: the traceback's source range and carets for attribute,
# subscript, call, binary/unary operators, comparisons, unpacking, augmented assignment, for/with
# targets, names, assert, decorators and multi-line expressions (printed by the default excepthook).
import sys

def show(f):
    try:
        f()
    except BaseException:
        sys.excepthook(*sys.exc_info())

class Box:
    def __init__(self):
        self.items = {'a': [1, 2]}

def attr_chain():
    b = Box()
    return b.items['a'][0].real.missing

def unpack():
    a, b = [1, 2, 3]

def aug_subscript():
    d = {'a': 1}
    d['b'] += 1

def gen():
    yield 1
    raise ValueError('from the generator')

def for_loop():
    for x in gen():
        pass

def assert_stmt():
    x = 1
    assert x == 2, 'x must be 2'

def unary():
    return -'text'

def compare_chain():
    return 1 < 2 < 'three'

def multi_line():
    values = [1, 2]
    return (values[0] +
            values[1] *
            None)

def decorated():
    def broken(fn):
        return fn.nope
    @broken
    def target():
        pass

def unbound():
    print(later)
    later = 1

def star_call():
    def f(*args, **kwargs):
        raise TypeError('no good')
    f(1, *[2, 3], **{'k': 4})

def with_stmt():
    with None:
        pass

def wide_chars():
    name = '日本語'; value = None
    return name + value.attr

def nested_calls():
    return int(str(int('12')) + 'x')

for case in [attr_chain, unpack, aug_subscript, for_loop, assert_stmt, unary, compare_chain, multi_line,
             decorated, unbound, star_call, with_stmt, wide_chars, nested_calls]:
    show(case)
