# NameError/AttributeError messages with "Did you mean" suggestions, as shown in uncaught tracebacks
import traceback
def show(src):
    try:
        exec(src, {'__builtins__': __builtins__, 'counter': 1, 'values': [1], 'math_pi': 3})
    except (NameError, AttributeError, ImportError) as e:
        # from_exception keeps the traceback, whose last frame supplies the NameError suggestions
        lines = traceback.TracebackException.from_exception(e).format_exception_only()
        print(''.join(lines), end='')
show('countr + 1')
show('valeus.append(2)')
show('prnt("x")')
show('lenn([])')
show('totally_unknown_name')
show('"abc".uppr()')
show('[].apend(1)')
show('(1).real_part')
show('import math\nmath.pii')
show('import math\nmath.sqr(2)')
show('None.foo')
show('from sys import getrecursionlimt')
show('import collections\ncollections.ordereddict')
class Config:
    def __init__(self):
        self.verbose = True
        self.output_dir = 'x'
c = Config()
try:
    c.verbos
except AttributeError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
    print(e.name, type(e.obj).__name__)
def scope():
    local_value = 1
    return local_valeu
try:
    scope()
except NameError as e:
    print(''.join(traceback.TracebackException.from_exception(e).format_exception_only()), end='')
    print(repr(e.name))
