# re: groups, named groups, spans, lastindex/lastgroup, Match repr and accessors
import re

m = re.match(r'(\w+) (\w+)(?P<tail> .*)?', 'hello world and more')
print(m)
print(m.group(), m.group(1), m.group(2, 1), m[0], m['tail'])
print(m.groups(), m.groupdict(), m.span(), m.span(2), m.start(1), m.end('tail'))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re.pattern, m.string)
print(m.regs)
print(bool(m), type(m).__name__, type(m).__module__)
m = re.search(r'(a)|(b)', 'xxb')
print(m.groups(), m.groups('-'), m.lastindex, m.lastgroup, m.span(1), m.start(1))
m = re.search(r'(?P<first>a)(?P<second>b)?', 'a')
print(m.groupdict(), m.groupdict('none'), m.lastgroup)
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)')
print(p.groups, dict(p.groupindex), p.pattern, p.flags)
for m in p.finditer('on 2024-01-15 and 2025-12-31.'):
    print(m.group('year', 'day'), m.span('month'), m.expand(r'\g<day>/\g<month>/\g<1>'))
print(p.match('2024-01-15x', 0, 10))
print(p.match('x2024-01-15', 1))
print(p.search('2024-01-15', 1))
print(re.compile(r'a').match('bab', 1), re.compile(r'^a').search('bab', 1), re.compile(r'a$').search('bab', 0, 2))
m = re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk')
print(m.group(11), m.expand(r'\11-\g<11>-\1'))
m = re.match('x' * 60, 'x' * 60)
print(m)
try:
    m.group(99)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a|b)*', 'ab').group(1))
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a)?(a)?', 'a').lastindex)
print(re.Match, re.Pattern, re.Pattern[str], re.Match[bytes])
import copy
p2 = copy.deepcopy(p)
print(p2 is p, copy.copy(m) is m, p == re.compile(p.pattern), hash(p) == hash(re.compile(p.pattern)))
print(re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
