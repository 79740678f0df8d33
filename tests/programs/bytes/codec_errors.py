# bytes.decode errors: UnicodeDecodeError attributes (encoding, object, start, end, reason) for several codecs
cases = [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xf0\x9f\x98', 'utf-8'),
         (b'\x80abc', 'ascii'), (b'\x00', 'utf-16'), (b'\x00\xd8\x00\x00', 'utf-16-le'), (b'\xff\xff\xff\xff', 'utf-32-le'),
         (b'\xc0\x80', 'utf-8'), (b'\xed\xb0\x80', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8')]
for data, enc in cases:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
        print('  ', e)
print(b'\xff\xfeA\x00'.decode('utf-16'), b'\xef\xbb\xbfhi'.decode('utf-8-sig'), b'\xef\xbb\xbfhi'.decode('utf-8'))
print(b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('cp1252'), b'\x81'.decode('cp1252', 'replace'))
e = UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'custom reason')
print(e, e.args)
