# find/rfind/index/rindex/count with start/end ranges (negative, out of range, None) and the ValueError of index
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('bra', -4), s.find('z'), s.find(''), s.find('', 11), s.find('', 12))
print(s.rfind('a'), s.rfind('a', 0, -1), s.rfind('bra', 0, 5), s.rfind(''), s.rfind('z'), s.rfind('a', None, None))
print(s.index('c'), s.rindex('a', 0, 8), s.index('abra', 1), s.rindex('abra'))
print(s.count('a'), s.count('a', 5), s.count('a', -3, -1), s.count(''), s.count('', 3, 5), s.count('aa'), s.count('abra'))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 2), ''.count(''), ''.find(''), 'abc'.count('', 10))
print(s.find('a', 100), s.find('a', -100), s.find('a', 5, 2), s.count('a', 7, 4))
for call in [lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.index('a', 11), lambda: s.index(1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print('😀a😀'.find('a'), '😀a😀'.rfind('😀'), '😀😀'.count('😀'), 'ÄÖÜ'.index('Ü'))
print(b'abcabc'.find(b'c'), b'abcabc'.count(b'bc'), b'abc'.find(98), bytearray(b'xyz').rindex(b'z'))
