# bytearray construction, repr, copying, comparison with bytes, hash error, and conversion back to bytes
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(3)))
print(repr(bytearray(b"'q\"")), str(bytearray(b'x\x00')), bytearray.fromhex('dead beef'), bytearray(b'ab').hex(':'))
a = bytearray(b'abc')
b = bytearray(a)
c = a.copy()
a[0] = 122
print(a, b, c, a == b'zbc', b == c, b is c, a > b, bytes(a), type(bytes(a)).__name__)
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
try:
    {a: 1}
except TypeError as e:
    print('TypeError:', e)
print(a[0], a[1:], type(a[1:]).__name__, a * 2, list(a), a.decode(), b'x' + a, type(b'x' + a).__name__)
for args in [(-1,), ('abc',), ([256],), (1.0,)]:
    try:
        bytearray(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ':', e)
class BA(bytearray):
    pass
x = BA(b'sub')
print(x, type(x).__name__, type(x + b'!').__name__, type(x.upper()).__name__, x.upper())
