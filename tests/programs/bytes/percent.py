# bytes % formatting: %s/%b with bytes-like objects and __bytes__, %d/%x/%c with ints, %a/%r ascii repr
print(b'%s|%b|%d|%x|%X|%o|%c|%c|%a|%r' % (b'bs', bytearray(b'ba'), 42, 255, 255, 8, 65, b'B', 'é', 'r'))
print(b'%5s|%-5s|%.2s|%05d|%+d|%#x|%e|%.2f|%g' % (b'ab', b'ab', b'abcd', 42, 3, 255, 1.5, 2.345, 1e20))
print(b'%(a)s and %(b)d' % {b'a': b'A', b'b': 2}, b'%%' % (), b'%s' % memoryview(b'mv'))
class WithBytes:
    def __bytes__(self):
        return b'dunder'
print(b'%s' % WithBytes(), b'%b' % (WithBytes(),))
for fmt, args in [(b'%s', 'str'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%s %s', (b'x',)), (b'%q', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__ + ':', e)
print(bytearray(b'%d-%s') % (1, b'x'), type(bytearray(b'%d') % 1).__name__)
