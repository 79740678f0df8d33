# codecs: incremental encoders/decoders, iterencode, stream reader/writer, _codecs functions, escape codec errors, the builtin error handlers called directly
import codecs
enc = codecs.getincrementalencoder('cp1252')()
print(enc.encode('ab\u20ac'), enc.encode('x', final=True))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), repr(dec.decode(b'\xac', final=True)))
print(list(codecs.iterencode(['a', '\xe9', '\u20ac'], 'utf-8')))
print(list(codecs.iterdecode([b'a', b'\xc3', b'\xa9'], 'utf-8')))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea')), repr(d.decode(b'\x00', True)))
class B:
    def __init__(s, d): s.d = d
    def read(s, n=-1):
        r, s.d = (s.d, b"") if n < 0 else (s.d[:n], s.d[n:])
        return r
r = codecs.getreader("latin-1")(B(b"ab\xff\ncd"))
print(r.readline(), r.read())
class W:
    def __init__(s): s.v = b""
    def write(s, b): s.v += b
w = W(); sw = codecs.getwriter("utf-16-le")(w); sw.write("hi"); print(w.v)
print(codecs.decode(b'\xff\xfeh\x00', 'utf-16'), codecs.utf_8_decode(b'a\xc3', 'strict', False), codecs.utf_8_decode(b'a\xc3', 'replace', True))
print(codecs.latin_1_encode('abc'), codecs.ascii_decode(b'abc'), codecs.charmap_decode(b'abc'), codecs.charmap_encode('abc'))
print(codecs.raw_unicode_escape_encode('a\u20ac\xff'), codecs.raw_unicode_escape_decode(b'a\\u20ac\\x\xff'))
print(codecs.unicode_escape_decode(b'\\N{BULLET}\\101'), codecs.readbuffer_encode(b'xy'))
for bad in [b'\\x4', b'\\N{NOPE}', b'\\U00110000', b'ab\\']:
    try: codecs.unicode_escape_decode(bad)
    except UnicodeDecodeError as e: print(e)
    print(codecs.unicode_escape_decode(bad, 'replace'))
try: codecs.escape_decode(b'ab\\x4')
except ValueError as e: print(e)
try: codecs.escape_decode(b'ab\\')
except ValueError as e: print(e)
print(codecs.escape_decode(b'ab\\x4', 'replace'))
for n in ['strict','ignore','replace','xmlcharrefreplace','backslashreplace','namereplace','surrogateescape','surrogatepass']:
    h = codecs.lookup_error(n)
    e = UnicodeEncodeError('utf-8', 'a\udcff\u20acb', 1, 3, 'x')
    try: print(n, h(e))
    except Exception as x: print(n, type(x).__name__, x)
    e = UnicodeDecodeError('utf-8', b'a\xed\xb0\x80b', 1, 3, 'x')
    try: print(n, h(e))
    except Exception as x: print(n, type(x).__name__, x)
try: codecs.register(5)
except TypeError as e: print(e)
def search(name):
    print('search', name)
    return None
codecs.register(search)
try: codecs.lookup('My-Enc  x')
except LookupError as e: print(e)
codecs.unregister(search)
def bad(name): return (1, 2)
codecs.register(bad)
try: codecs.lookup('zzz')
except TypeError as e: print(e)
codecs.unregister(bad)
print('\u20ac'.encode('cp1252', 'surrogateescape') if False else '', 'a\udc80'.encode('cp1252', 'surrogateescape'))
try: 'a\u0100'.encode('cp437', 'surrogateescape')
except UnicodeEncodeError as e: print(e)
print(codecs.charmap_build('ab\ufffec'))
print(b'\x80\x81'.decode('cp1252', 'backslashreplace'), b'\x81'.decode('cp1252', 'surrogateescape') == '\udc81')
print(codecs.lookup('utf8').incrementalencoder, codecs.lookup('cp1252').name, codecs.lookup('mac-roman').name)
