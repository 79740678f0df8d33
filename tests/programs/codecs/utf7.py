# codecs: utf-7 (RFC 2152) encoding and decoding, its errors and the incremental decoder
import codecs
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', '1 + 1 = 2', '~\\', 'a\U0001f600b', '\u20ac-x', '\u20acx', '\u20ac', '', 'a+-b']:
    b = s.encode('utf-7'); print(b, b.decode('utf-7') == s)
for b in [b'+AGEAYgBj-', b'+AGE', b'+2D3eAA-', b'+2D0-', b'+\xff', b'a\x80b', b'+AG', b'+AGEx', b'+AGF-', b'+2D3', b'+-+AGE-x']:
    for err in ['strict', 'replace']:
        try: print(b, err, repr(b.decode('utf-7', err)))
        except UnicodeDecodeError as e: print(b, e)
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+AGEAYgBj-z'], repr(d.decode(b'', True)))
print(codecs.utf_7_decode(b'ab+AGEAYg'), codecs.utf_7_decode(b'ab+AGEAYg', 'strict', True))
