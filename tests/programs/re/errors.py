# re: error messages of the re module and the _sre engine (bad patterns, bad arguments, bad groups)
import re

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: re.compile('('))
show(lambda: re.compile('a)'))
show(lambda: re.compile('[a'))
show(lambda: re.compile('*a'))
show(lambda: re.compile('a**'))
show(lambda: re.compile(r'(?P<1a>x)'))
show(lambda: re.compile(r'(?<=a+)b'))
show(lambda: re.compile(r'\1(a)'))
show(lambda: re.compile(r'[z-a]'))
show(lambda: re.compile(r'\p'))
show(lambda: re.compile(r'a{3,2}'))
show(lambda: re.match('a', b'a'))
show(lambda: re.match(b'a', 'a'))
show(lambda: re.match('a', 5))
show(lambda: re.compile('a').match('a', 'x'))
show(lambda: re.match('(a)', 'a').group(2))
show(lambda: re.match('(a)', 'a').group('x'))
show(lambda: re.match('(a)', 'a').group([1]))
show(lambda: re.sub('(a)', r'\2', 'a'))
show(lambda: re.sub('(a)', r'\g<x>', 'a'))
show(lambda: re.sub('(a)', r'\g<-1>', 'a'))
show(lambda: re.sub('a', lambda m: 5, 'a'))
show(lambda: re.sub('a', 5, 'a'))
show(lambda: re.sub(b'a', 'x', b'a'))
show(lambda: re.sub('a', b'x', 'a'))
show(lambda: re.match('a', 'a').expand(r'\q'))
try:
    re.compile('ab(cd')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
show(lambda: re.error('boom'))
show(lambda: re.compile('(?i)a', re.A | re.U))
show(lambda: re.compile(b'(?u)a'))
show(lambda: re.compile('x', re.L))
