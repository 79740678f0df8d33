# bin(), oct() and hex(): prefixes, negatives, zero, huge ints, __index__ objects, and the TypeError for floats
for v in [0, 1, -1, 10, -10, 255, 2 ** 64, -(2 ** 100), True]:
    print(v, bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 26
print(bin(I()), oct(I()), hex(I()), int(bin(-37), 0), int(oct(-37), 0), int(hex(-37), 0))
for v in [1.5, '10', None, 1j]:
    for f in (bin, oct, hex):
        try:
            f(v)
        except TypeError as e:
            print(f.__name__, 'TypeError:', e)
print((255).hex() if hasattr(int, 'hex') else 'int has no hex method', (1.5).hex(), float.hex(255.0))
print(format(255, 'b') == bin(255)[2:], f'{-255:#x}' == hex(-255), hex(2 ** 100 - 1).count('f'))
