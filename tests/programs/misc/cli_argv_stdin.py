# The CLI environment of a script: sys.argv from .args, globals of __main__, input() and sys.stdin from .stdin, stderr, uncaught error.
import sys
print(sys.argv)
print(__name__, sorted(k for k in globals() if k.startswith('__')))
print(type(__builtins__).__name__)
print(repr(input('prompt> ')))
print(sys.stdin.read().splitlines())
print('to stderr', file=sys.stderr)
d = {'a': 1}
def f(x):
    return d[x]
f('b')
