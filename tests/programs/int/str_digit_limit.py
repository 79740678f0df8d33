# int <-> str conversion digit limit (4300 by default): ValueError messages and sys.set_int_max_str_digits
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError:', e)
print(len(hex(big)), hex(big)[:12], big.bit_length())
ok = 10 ** 4299
print(len(str(ok)))
try:
    f'{big}'
except ValueError as e:
    print('f-string ValueError')
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(4300)
print(int('7' * 4300) % 1000)
print(int('1' * 5000, 16) % 1000)
