# float(): parsing decimal, exponent, underscore, whitespace, unicode digits, bytes, and special spellings
for s in ['1', '  -1.5  ', '+.5', '5.', '1e3', '1E-3', '1_000.000_1', '-0', '0e0', '1.7976931348623157e308',
          '1e309', '-1e309', '4.9e-324', '1e-400', '10', '00012.50', '\t3.25\n',
          '١٢', '１.５', 'infinity', '-InF', 'nan', '+nan', '1_0e1_0', '.1e-1']:
    print(repr(s), repr(float(s)))
print(float(b'2.5'), float(bytearray(b'-1e2')), float(memoryview(b'7')))
print(float(), float(3), float(-(2 ** 60)), float(True), float(2 ** 1023))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
print(float('0.1') == 0.1, float('3.14159265358979323846264338327950288') == 3.141592653589793)
print(float('9007199254740993'), float('1' + '0' * 400 + 'e-400'))
