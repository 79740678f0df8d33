# bytes repr (quote choice, escapes for non-printable bytes), hex() with separators, and str() of bytes
for b in [b'', b'abc', b"it's", b'say "x"', b'both \' "', b'\\', b'\t\n\r', b'\x00\x01\x7f\x80\xff', bytes(range(30, 40))]:
    print(repr(b), str(b), len(b))
print(b'\xde\xad\xbe\xef'.hex(), b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), b'\x01\x02\x03'.hex(' ', -2))
print(b'\x01\x02\x03\x04\x05'.hex('_', 2), b'\x01\x02\x03\x04\x05'.hex('_', -2), b''.hex(':'), bytearray(b'\xab').hex())
for args in [('ab',), ('',), (1,)]:
    try:
        b'xy'.hex(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ':', e)
print(f'{b"abc"}', '%s' % b'x', '%r' % b'y', ascii(b'\xff'), b'abc'.decode(), format(b'xyz'))
print([b'a', b'\x80'], {b'k': b'v'}, (b'',))
