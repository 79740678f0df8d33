# str.expandtabs: default tab size 8, custom sizes, column reset after newlines/carriage returns, zero/negative sizes
samples = ['a\tb', '\t', 'abcdefgh\ti', 'ab\tcd\tef', '12345678\t9', 'a\nb\tc', 'abc\r\tx', '\t\t', 'no tabs']
for s in samples:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-2)))
print(repr('a\tb'.expandtabs(tabsize=3)), repr('😀\tx'.expandtabs(4)), repr(b'a\tb'.expandtabs(4)))
try:
    'a\tb'.expandtabs('4')
except TypeError as e:
    print('TypeError:', e)
