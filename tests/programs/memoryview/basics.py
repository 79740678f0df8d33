# memoryview: slicing without copying, tolist/tobytes/hex, readonly views of bytes, item assignment on bytearray
data = bytearray(b'0123456789')
m = memoryview(data)
s = m[2:6]
print(len(m), m[0], m[-1], s.tobytes(), s.tolist(), s.hex(), s.hex(':'), bytes(m[::3]), m[::-1].tobytes())
s[0] = ord('X')
s[1:3] = b'YZ'
print(data, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous)
ro = memoryview(b'immutable')
print(ro.readonly, ro[0], ro[1:4].tobytes(), ro == b'immutable', ro.obj == b'immutable')
for stmt in ["ro[0] = 1", "m[0] = 256", "m[0] = b'ab'", "m[0:2] = b'abc'", "m[20]", "m['x']", "del m[0]", "hash(m)"]:
    try:
        exec(stmt)
    except (TypeError, ValueError, IndexError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
print(hash(ro) == hash(b'immutable'), m == data, m[:3] == b'012', m.tolist()[:3], list(m[-2:]))
print(memoryview(b'').tolist(), memoryview(b'ab').tobytes(), str(bytes(memoryview(b'x'))))
