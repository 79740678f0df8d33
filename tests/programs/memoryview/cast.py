# memoryview.cast between byte and multi-byte formats, shapes, tolist of 2-D views, and cast errors
import struct
buf = bytearray(struct.pack('<4i', 1, -2, 3, 2 ** 31 - 1))
m = memoryview(buf)
ints = m.cast('i')
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist() if struct.pack('i', 1) == b'\x01\x00\x00\x00' else 'big-endian')
ints[1] = 100
print(struct.unpack('<4i', buf))
print(m.cast('B', shape=[2, 8]).shape, m.cast('B', shape=[4, 4]).tolist()[0], m.cast('c')[0:2].tolist())
h = memoryview(b'\x01\x00\x02\x00').cast('H')
print(h.format, h.tolist() if struct.pack('H', 1) == b'\x01\x00' else None, h.cast('B').tolist())
for args in [('i',), ('x',), ('B', [3, 3])]:
    try:
        memoryview(b'abcdefg').cast(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__ + ':', e)
try:
    ints.cast('H')
except TypeError as e:
    print('TypeError:', e)
d = memoryview(bytearray(struct.pack('<2d', 1.5, -0.25))).cast('d')
print(d.tolist(), d.format, d.itemsize)
