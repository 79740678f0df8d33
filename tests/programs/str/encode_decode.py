# str.encode / bytes.decode: codecs, error handlers, and the exact UnicodeEncodeError/UnicodeDecodeError texts
s = 'Grüße, 世界 😀'
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']:
    for errors in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError:', e, e.start, e.end, repr(e.object[e.start:e.end]))
print('abc'.encode(), 'abc'.encode('UTF8'), len('😀'.encode('utf-16')), '😀'.encode('utf-16')[2:])
data = b'ok \xff\xfe bad \xc3'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        r = data.decode('utf-8', errors)
        print(errors, ascii(r))
    except UnicodeDecodeError as e:
        print(errors, 'UnicodeDecodeError:', e)
print(ascii('\udcff'.encode('utf-8', 'surrogateescape')), ascii('a\ud800b'.encode('utf-8', 'surrogatepass')))
try:
    'a\ud800b'.encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xe4\xbd\xa0'.decode(), b'\xff'.decode('latin-1'), bytes(range(65, 70)).decode('ascii'), str(b'\xc3\xa9', 'utf-8'))
for enc in ['nope', 'rot13']:
    try:
        'x'.encode(enc)
    except LookupError as e:
        print('LookupError:', e)
try:
    'x'.encode('utf-8', 'bogus')
except LookupError as e:
    print('LookupError:', e)
print(str(b'abc'), str(b'abc', 'ascii'), str(bytearray(b'\xe2\x82\xac'), encoding='utf-8', errors='strict'))
