# _codecs argument errors, charmap mapping results (str, None, bytes, out-of-range ints), _unregister_error, the module's names
import _codecs, codecs
for f, a in [(codecs.lookup, (b'x',)), (codecs.lookup_error, (1,)), (codecs.encode, ('x', 1)), (codecs.decode, (b'x', 'utf-8', 2)),
             (codecs.register_error, (1, print)), (codecs.register_error, ('x', 1)), (_codecs._unregister_error, (3,)),
             (_codecs._unregister_error, ('strict',)), (codecs.utf_8_encode, (b'x',)), (codecs.utf_8_decode, ('x',)),
             (codecs.utf_8_encode, ('x', 3)), (codecs.charmap_decode, (b'\x00', 'strict', {0: 'ab', 1: None})),
             (codecs.charmap_decode, (b'\x00\x01', 'strict', {0: 'ab', 1: None})), (codecs.charmap_decode, (b'\x00', 'strict', {0: 1.5})),
             (codecs.charmap_encode, ('ab', 'strict', {97: b'xy', 98: 300})), (codecs.charmap_encode, ('a', 'strict', {97: 'x'})),
             (codecs.charmap_encode, ('ab', 'replace', {97: 1})), (codecs.charmap_encode, ('ab', 'replace', {97: 1, 63: 2})),
             (codecs.lookup, ('a\0b',)), (codecs.escape_encode, ('x',)), (codecs.unicode_escape_decode, (5,)),
             (codecs.utf_16_ex_decode, (b'\xfe\xff\x00a',)), (codecs.utf_32_encode, ('a', None, 1)), (codecs.utf_16_encode, ('a', None, -1)),
             (codecs.encode, ('abc',)), (codecs.decode, (b'abc',)), (codecs.encode, ('\u20ac', 'cp1252', 'strict')),
             (_codecs._unregister_error, ('nope',))]:
    try: print(f.__name__, repr(f(*a)))
    except Exception as e: print(f.__name__, type(e).__name__, e)
print(_codecs._unregister_error('mine') if codecs.register_error('mine', print) is None else 0, _codecs._unregister_error('mine'))
print('x'.encode('utf-8', 'mine2') if False else '', sorted(n for n in dir(_codecs) if not n.startswith('__') and n not in ('mbcs_encode','mbcs_decode','oem_encode','oem_decode','code_page_encode','code_page_decode')))
