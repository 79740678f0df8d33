# str.rsplit: splitting from the right with maxsplit, whitespace semantics and separators that overlap
for s in ['a b c d', '  a  b  c  ', '', 'abc']:
    print(repr(s), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=2), s.rsplit(None, 0))
for s, sep in [('a,b,c,d', ','), ('aaaa', 'aa'), ('aaa', 'aa'), (',a,', ','), ('a::b::c', '::'), ('x', 'x')]:
    print(repr(s), repr(sep), s.rsplit(sep), s.rsplit(sep, 1), s.rsplit(sep, 2), s.split(sep, 1))
print('path/to/file.tar.gz'.rsplit('.', 1), 'path/to/file.tar.gz'.rsplit('/', 1)[-1])
print('a\tb\nc'.rsplit(None, 1), '\u2003a\u2003b\u2003'.rsplit())
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.rsplit(b',')
except TypeError as e:
    print('TypeError:', e)
