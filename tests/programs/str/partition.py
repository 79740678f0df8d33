# str.partition/rpartition: first/last occurrence, separator missing, empty string, and the empty-separator error
for s, sep in [('key=value=more', '='), ('novalue', '='), ('', 'x'), ('=', '='), ('a==b', '=='), ('abc', 'abc'), ('ab', 'abc')]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
k, _, v = 'name: ftpy'.partition(': ')
print(k, '|', v)
head, sep, tail = 'a.b.c'.rpartition('.')
print(head, sep, tail)
for sep in ['', None, 1]:
    try:
        'abc'.partition(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(b'a:b:c'.partition(b':'), b'a:b:c'.rpartition(b':'), bytearray(b'x').partition(b'y'))
