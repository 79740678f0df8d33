# float(): ValueError/TypeError/OverflowError messages for malformed strings and unsupported types
for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '1e1_', '0x1p3', 'infinit', 'nanx', '- 1',
          '1,5', '١٫٥', 'inf inf', '++1', '1e+', '\x00']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
for v in [None, [], {}, 1j, object]:
    try:
        float(v)
    except TypeError as e:
        print('TypeError:', e)
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print('TypeError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print('OverflowError:', e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print('OverflowError:', e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    float('1', '2')
except TypeError as e:
    print('TypeError:', e)
