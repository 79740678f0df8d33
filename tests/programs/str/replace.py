# str.replace: all/limited counts, empty old string inserts between characters, count keyword, and errors
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 1), s.replace('at', 'og', 0), s.replace('at', 'og', -1))
print(s.replace('the ', ''), s.replace('xyz', 'q'), s.replace(' ', '', 2), s.replace('at', 'og', count=2))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), ''.replace('a', 'b'), 'aaaa'.replace('aa', 'b'))
print('aaa'.replace('a', 'aa'), 'ababab'.replace('aba', 'X'), 'ÅÅ'.replace('Å', 'å'), '😀x😀'.replace('😀', ':)'))
for args in [(1, 'a'), ('a',), ('a', 'b', 'c'), ('a', 'b', 1.0)]:
    try:
        'abc'.replace(*args)
    except TypeError as e:
        print('TypeError:', e)
print(b'a-b-c'.replace(b'-', b'+', 1), bytearray(b'aa').replace(b'a', b'bb'))
