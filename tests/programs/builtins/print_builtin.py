# print(): sep, end, file (stderr and a StringIO), flush, None arguments, and the TypeErrors for bad keywords
import io
import sys
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('x', end='')
print('y', end='!\n')
print()
print(1, 2.5, None, [1], {'k': (1,)}, sep=' | ')
print('multi\nline', 'tab\tsep', sep='\n-- ')
buf = io.StringIO()
print('to buffer', 42, file=buf, sep=',', end=';')
print('second', file=buf)
print(repr(buf.getvalue()))
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('file=None goes to stdout', file=None)
print(*range(5), sep='-')
print(*[], sep='never')
class S:
    def __str__(self):
        return 'custom str'
print(S(), S(), sep=S().__str__())
for kw in [{'sep': 5}, {'end': 1}, {'file': 5}, {'bogus': 1}]:
    try:
        print('x', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('a', 'b', file=w)
print(w.parts)
