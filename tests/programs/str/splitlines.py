# str.splitlines: every line boundary Python recognises, keepends, and comparison with split('\n')
seps = ['\n', '\r', '\r\n', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for sep in seps:
    s = 'a' + sep + 'b' + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True) == s.splitlines(True))
s = 'one\r\ntwo\n\rthree\r\r\nfour\x0b\x0cfive'
print(s.splitlines())
print(s.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x'.splitlines(), 'x\n'.splitlines(True))
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines(), 'a\x1fb'.splitlines(), 'a\x00b'.splitlines())
print(b'a\nb\rc\r\nd\x0be'.splitlines(), b'a\x85b'.splitlines())
print(list(map(len, 'ab\ncd\n\nef'.splitlines())))
