# chr(), ord(), ascii() and repr(): ranges, surrogates, multi-character errors and __repr__ requirements
print(chr(65), chr(0), repr(chr(0x7f)), chr(0x20ac), chr(0x1f600), repr(chr(0xd800)), repr(chr(0x10ffff)), chr(True))
print(ord('A'), ord('€'), ord('😀'), ord(b'A'), ord(bytearray(b'\xff')), ord('\x00'), ord('\U0010ffff'))
for call in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr('a'), lambda: chr(1.5), lambda: ord('ab'), lambda: ord(''),
             lambda: ord(b'ab'), lambda: ord(65), lambda: chr(2 ** 80)]:
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(ascii('plain'), ascii('café'), ascii([1, 'ü']), ascii({'k': '\u2603'}), ascii(b'\xff'), ascii(1.5), ascii('\n'))
print(repr('x'), repr(1), repr([1, 'x']), repr(None), repr(...), repr(NotImplemented), repr(print), repr(1 + 2j))
class R:
    def __repr__(self):
        return 'Ünicode R'
class BadRepr:
    def __repr__(self):
        return 5
print(repr(R()), ascii(R()), str(R()), [R()])
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
