# sys attributes with fixed values: maxsize relation, recursion limit get/set, intern, flags, int_info, float_info
import sys
print(sys.maxsize == 2 ** (sys.maxsize.bit_length()) - 1, sys.maxsize.bit_length() in (31, 63), -sys.maxsize - 1 < 0)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -5, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
a = ''.join(['inter', 'ned'])
b = sys.intern(a)
print(b == 'interned', sys.intern(''.join(['inter', 'ned'])) is b)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
f = sys.flags
print(f.optimize, f.dont_write_bytecode in (0, 1), f.bytes_warning, f.interactive, f.quiet, f.isolated, f.dev_mode, f.safe_path)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit, sys.byteorder, sys.maxunicode, sys.version_info[:2], sys.version_info.major, sys.implementation.name)
print(sys.hexversion >> 16 == 0x30E, type(sys.modules).__name__, '__main__' in sys.modules, sys.modules['__main__'].__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.dont_write_bytecode in (True, False))
print(callable(sys.exc_info), sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exception())
