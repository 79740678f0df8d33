# int(): ValueError/TypeError messages for bad literals, bad bases and bad argument types
bad = [('', 10), (' ', 10), ('1.5', 10), ('12a', 10), ('_1', 10), ('1_', 10), ('1__0', 10),
       ('0x', 16), ('0b2', 0), ('08', 0), ('0_8', 0), ('9', 8), ('g', 16), ('+-1', 10),
       ('1 2', 10), ('0o8', 8), ('z', 35), ('x' * 300, 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print('ValueError:', e)
for base in (1, 37, -1, 100):
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError:', e)
for args in [(1.5, 10), (None,), ([],), ('1', '10'), (b'1', 2.0)]:
    try:
        int(*args)
    except TypeError as e:
        print('TypeError:', e)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    int('1', 10, 3)
except TypeError as e:
    print('TypeError:', e)
