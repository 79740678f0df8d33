# bytes(): every construction form (int size, iterable of ints, str with encoding, buffer, __bytes__) and errors
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((x * 2 for x in range(4))), bytes(b'copy'))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('ab\xff', 'latin-1'), bytes(bytearray(b'ba')), bytes(memoryview(b'mv')))
class B:
    def __bytes__(self):
        return b'from __bytes__'
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Idx()), bytes([Idx(), Idx()]), b'lit' b'eral', b'\x00\x7f\x80\xff', rb'\n raw')
for args in [('text',), (-1,), ([256],), ([-1],), (['a'],), (1.5,), (None,), ('x', 'nope'), (b'x', 'utf-8'), (5, 'utf-8'), ([1.0],)]:
    try:
        bytes(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(args, type(e).__name__ + ':', e)
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
try:
    bytes(BadBytes())
except TypeError as e:
    print('TypeError:', e)
print(bytes.fromhex('48 65 6c6C 6f'), bytes.fromhex(''), bytes.fromhex(' 00 ff '))
for s in ['4', 'zz', '0 0', '1g']:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
print(type(bytes.fromhex('00')).__name__, b'x'.__class__.__name__)
