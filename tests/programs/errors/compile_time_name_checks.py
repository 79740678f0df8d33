# Compile-time SyntaxErrors: binding __debug__ anywhere, repeated keyword arguments, late __future__ imports.
tests = [
    "def f(**__debug__): pass", "def f(*__debug__): pass", "def f(__debug__): pass", "def f(__debug__=1): pass",
    "f(__debug__=1)", "__debug__=1", "obj.__debug__ = 1", "del obj.__debug__", "__debug__ := 1", "del __debug__",
    "(a, __debug__, c) = (1, 2, 3)", "(a, *__debug__, c) = (1, 2, 3)", "__debug__ : int", "__debug__ : int = 1",
    "import sys as __debug__", "from sys import path as __debug__", "from __future__ import not_a_real_feature",
    "a = 1\nfrom __future__ import print_function", '"doc"\nfrom __future__ import annotations\nx = 1',
    "def f():\n    from __future__ import annotations", "def f(*, __debug__): pass", "lambda __debug__: 1",
    "class __debug__: pass", "def __debug__(): pass", "for __debug__ in []: pass", "with a as __debug__: pass",
    "import __debug__", "__debug__ += 1", "inc(n=1, n=2)", "f(**{}, n=1, n=2)", "f(n=1, n=2, __debug__=3)",
    "class C(x=1, x=2): pass", "class C(__debug__=1): pass", "def f[__debug__](): pass", "type __debug__ = int",
    "match x:\n case __debug__: pass", "match x:\n case [*__debug__]: pass", "match x:\n case C(__debug__=1): pass",
    "print(__debug__)", "x.__debug__",
]
for t in tests:
    try:
        compile(t, '<test>', 'exec')
        print('ok ', repr(t))
    except SyntaxError as e:
        print('err', repr(t), e.msg, e.lineno, e.offset)
