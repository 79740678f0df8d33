# printf-style % formatting: every conversion type applied to ints, floats, strings and other objects
for v in [0, 42, -42, 255, 2 ** 70]:
    print('%d|%i|%u|%o|%x|%X|%e|%f|%g|%s|%r|%a' % (v, v, v, v, v, v, v, v, v, v, v, v))
for v in [0.0, 3.14159, -2.5, 1e20, 1.5e-7, float('inf'), float('nan')]:
    print('%e|%E|%f|%F|%g|%G|%s|%r' % (v, v, v, v, v, v, v, v))
    try:
        print('%d' % v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('%c%c%c' % (72, 'i', 0x1F600), '%s' % 'text', '%r' % 'text', '%a' % 'tëxt', '%s' % [1, 'a'], '%s' % None)
print('%s %s' % ('a', 'b'), '%s' % ('only',), '%s' % (('tuple', 'inside'),), '%%', '100%% sure' % ())
print('%s' % b'bytes', '%r' % b'bytes', b'%s and %d' % (b'x', 5), b'%c%c' % (65, b'B'), b'%x %r' % (255, 'r'))
print('%x' % True, '%d' % 3.99, '%d' % -3.99, '%i' % 1e3, '%o' % 8, '%.3s' % 'abcdef', '%s' % 1.0, '%s' % 1e100)
class Obj:
    def __str__(self):
        return 'str-form'
    def __repr__(self):
        return 'repr-form'
class Idx:
    def __index__(self):
        return 10
class IntLike:
    def __int__(self):
        return 7
print('%s %r %a' % (Obj(), Obj(), Obj()), '%x %o %d' % (Idx(), Idx(), Idx()))
try:
    print('%d' % IntLike())
except TypeError as e:
    print('TypeError:', e)
