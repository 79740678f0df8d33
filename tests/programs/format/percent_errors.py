# printf-style % formatting errors: argument count mismatches, bad conversion characters and type mismatches
cases = [('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', 'x'), ('%d', '5'), ('%x', 1.5), ('%c', 'ab'), ('%c', 0x110000),
         ('%c', -1), ('%c', 1.5), ('%y', 1), ('%', ()), ('abc %', 5), ('%s', ()), ('%.*f', (2,)), ('%*d', ('x', 1)),
         ('%d', None), ('%f', 'x'), ('%i', [1]), ('no format', 5), ('no format', (1,)), ('%s %z', (1, 2)), ('%(a)s', [1]),
         ('%10', 1), ('%.', 1), ('%ld', 5), ('%5.2s%', 'x')]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)
try:
    b'%s' % 'str'
except TypeError as e:
    print('bytes TypeError:', e)
try:
    b'%y' % 1
except ValueError as e:
    print('bytes ValueError:', e)
try:
    5 % 'x'
except TypeError as e:
    print('TypeError:', e)
print('%s' % [1, 2], '%s' % {'k': 1}, '%s' % ([1, 2],))
