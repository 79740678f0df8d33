# str.split: whitespace splitting (sep=None) vs explicit separators, maxsplit, empty strings and errors
tests = ['a b  c', '  leading and trailing  ', '', '   ', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u3000i\u2028j',
         'one', 'a,b,,c,', ',', 'a--b---c']
for s in tests:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=2))
for s, sep in [('a,b,,c,', ','), ('', ','), (',', ','), ('a--b---c', '--'), ('aaa', 'a'), ('abc', 'abc'), ('abc', 'abcd'),
               ('x y  z', ' '), ('1<>2<>3', '<>')]:
    print(repr(s), repr(sep), s.split(sep), s.split(sep, 1), s.split(sep, 0), s.split(sep, -1), s.split(sep=sep, maxsplit=5))
print('a b c'.split(' ', maxsplit=1), '  a  b  '.split(None, 0), '  a  b  '.split(None, 1))
print('a\u00a0b'.split(), 'a\u200bb'.split(), 'a\x1fb'.split(), 'a\x00b'.split())
for args in [('',), (1,), (None, 'x')]:
    try:
        'abc'.split(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
