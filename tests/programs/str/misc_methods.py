# remaining str behaviour: iteration, count-based ops, str.__mod__ vs methods, hashability, immutability, chained calls
s = 'Hello, World'
print(list(iter('abc')), [c for c in 'ab😀'], 'abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(-1))
print(s.lower().replace('world', 'there').title().center(20, '~'))
print('a' < 'b' < 'c', 'abc'.__eq__('abc'), 'abc'.__lt__(1), 'x'.__add__('y'), 'x'.__mul__(3), 'x'.__rmul__(2))
d = {'key': 1}
print(d['k' + 'ey'], 'key' in d, {'a', 'a'.lower(), 'A'.lower()} == {'a'})
try:
    s.upper = None
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.nonexistent()
except AttributeError as e:
    print('AttributeError:', e)
print(str.upper('x'), str.join('-', 'ab'), str.__name__, type('') is str, 'abc'.isascii(), str.mro())
print('%s' % 'x', 'x'.__format__(''), 'x'.__format__('>3'), 'abc'.zfill(5), 'ABC'.lower().upper().swapcase())
print(*'spread', sep='|')
print(''.join(sorted(set('mississippi'))), ''.join(dict.fromkeys('mississippi')))
print(ord('A'), chr(97), ord('€'), chr(0x20ac), [ord(c) - ord('a') for c in 'hello'])
