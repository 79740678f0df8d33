# except* re-raising: bare raise merges matched parts back into the original group, new exceptions
# and `raise v` form a new ExceptionGroup, naked exceptions stay naked (_PyExc_PrepReraiseStar).
def t(f):
    try:
        f()
    except BaseException as e:
        print(repr(e), [repr(x) for x in getattr(e, 'exceptions', [])])
def a():
    try: raise ValueError(1)
    except* TypeError: pass
def b():
    try: raise ExceptionGroup('m', [ValueError(1), TypeError(2)])
    except* ValueError: raise
def c():
    try: raise ExceptionGroup('m', [ValueError(1), TypeError(2)])
    except* ValueError: raise KeyError(3)
def d():
    try: raise ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(4)])])
    except* ValueError: raise
    except* TypeError: raise
def e():
    try: raise ValueError(1)
    except* ValueError: raise
def f():
    eg = ExceptionGroup('m', [ValueError(1), TypeError(2)])
    eg.add_note('note')
    try: raise eg
    except* ValueError: raise
def g():
    try: raise ExceptionGroup('m', [ValueError(1), TypeError(2)])
    except* ValueError as v: raise v
for x in [a, b, c, d, e, f, g]: t(x)
