# memoryview comparisons with bytes-like objects and formats, and memoryview() argument errors
a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == memoryview(b'abc'), a != b'abd', a == 'abc', a == [97, 98, 99])
try:
    a < b'abd'
except TypeError as e:
    print('TypeError:', e)
import array
arr = array.array('B', [1, 2, 3])
mv = memoryview(arr)
print(mv.format, mv.tolist(), mv == bytes([1, 2, 3]), bytes(mv))
f = memoryview(array.array('d', [1.0, float('nan')]))
print(f == f, f.tolist()[0], f.format)
for v in ['text', 5, [1, 2], None]:
    try:
        memoryview(v)
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(a, memoryview), type(a).__name__, memoryview.__name__)
