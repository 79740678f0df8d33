# startswith/endswith: plain strings, tuples of candidates, start/end ranges, empty prefixes and type errors
s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('o', -7, -6), s.endswith(''), s.startswith('', 11), s.startswith('', 12))
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'zz')), s.endswith(('a', 'b')), s.startswith(('', 'q')))
print(''.startswith(''), ''.endswith('a'), 'a'.endswith('a', 0, 0), 'abc'.startswith('abc', -100), 'abc'.endswith('c', None, None))
for args in [(1,), (['h'],), (('h', 1),), ('h', 'x')]:
    try:
        s.startswith(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    s.endswith(b'd')
except TypeError as e:
    print('TypeError:', e)
print(b'abc'.startswith(b'a'), b'abc'.endswith((b'x', b'bc')), bytearray(b'abc').startswith(b'b', 1))
try:
    b'abc'.startswith('a')
except TypeError as e:
    print('TypeError:', e)
