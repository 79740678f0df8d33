# strip/lstrip/rstrip with default whitespace and explicit character sets; removeprefix/removesuffix
for s in ['  hi  ', '\t\n hi \r\x0b\x0c', '\u3000\u00a0hi\u2009', '', '   ', 'xxhixx']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixy'.strip('xy'), 'xxhixy'.lstrip('xy'), 'xxhixy'.rstrip('yx'), 'abcba'.strip('ab'), 'www.example.com'.strip('cmowz.'))
print(repr('  a  '.strip(None)), repr('aaa'.strip('a')), repr('abc'.strip('')), '..a..'.rstrip('.'), 'éaé'.strip('é'))
for args in [(1,), (b'a',)]:
    try:
        'abc'.strip(*args)
    except TypeError as e:
        print('TypeError:', e)
print('prefix_body'.removeprefix('prefix_'), 'body'.removeprefix('x'), 'aaa'.removeprefix('a'), ''.removeprefix(''))
print('file.py'.removesuffix('.py'), 'file.py'.removesuffix('.txt'), 'aaa'.removesuffix('aa'), 'x'.removesuffix(''))
print('abc'.removeprefix('abc') == '', 'abcabc'.removesuffix('abc'))
try:
    'abc'.removeprefix(('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
print(b'  b  '.strip(), bytearray(b'xxbxx').strip(b'x'), b'pre_x'.removeprefix(b'pre_'))
