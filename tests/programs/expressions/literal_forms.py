# Literal forms: numbers in every base with underscores, strings with escapes and prefixes, bytes.
print(0b1010, 0o17, 0xFF, 0XaB, 1_000, 0b_1_0, 1e3, 1E-3, 1.5e+2, .5, 5., 1_0.0_1, 0e0)
print(1j, 2.5j, 1e2j, 0j, type(1j).__name__)
print(00, 0_0, 0_0_0, 000.5)
print('single', "double", '''triple
single''', """triple "double" """)
print('tab\there', 'nl\\n', 'quote\'s', "dq\"", 'bs\\', 'bell\a'.encode())
print('\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}')
print(r'raw\n\t', R'raw', rb'raw\x00', br'\d', b'\x00\xff', B'bytes')
print(len('\U0001F600'), len('\N{SNOWMAN}'), ord('\0'), '\777' == '\u01ff')
print('a' 'b' "c" '''d''', b'x' b'y')
print('line one \
continued')
print(u'unicode prefix', type(u'').__name__)
print(repr('\r\x0b\x7f\x80\u200b'), ascii('naïve ☃'))
print(True, False, None, ..., type(None).__name__)
print(1_000_000.000_1, 0x_dead_beef, 0o_777)
print(999999999999999999999999999999 + 1, -0x8000000000000000)
print(1e309, -1e309, 1e-400, 2.2250738585072014e-308)
for bad in ['0b2', '09', '1__0', '1_', '0x', "'\\x4'", "b'é'", "'\\N{NO SUCH NAME}'", '1.e', '0o8']:
    try:
        compile(bad, '<lit>', 'eval')
        print('compiled', bad)
    except SyntaxError as e:
        print(f'{bad:22} {e.msg}')
