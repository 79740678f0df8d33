# float.hex and float.fromhex: exact hexadecimal round trips, accepted spellings and errors
for v in [1.0, 0.5, 0.1, -2.75, 0.0, -0.0, 1e-320, 1.7976931348623157e308, 3.0, 1 / 3, float('inf'), float('nan')]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or v != v)
for s in ['0x1p0', '0X1.8P+1', '1p-1', '0x.8', '-0x1.fffffffffffffp+1023', '  0x10  ', 'inf', '-Infinity',
          'nan', '0x1p-1074', '0x1p-1075', '0x1.00000000000008p0', '0xa', '0x1.p4']:
    print(s.strip(), repr(float.fromhex(s)))
for s in ['', '0x', 'x1', '0x1q', '0x1p', '1.2.3']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print('OverflowError:', e)
class MyFloat(float):
    pass
m = MyFloat.fromhex('0x1.8p1')
print(type(m).__name__, m)
