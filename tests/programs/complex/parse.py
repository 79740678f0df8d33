# complex(): construction from numbers and strings (with and without parentheses), and its error messages
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1.5, -0.5), complex(1j, 1j), complex(1 + 1j, 2))
print(complex(real=3, imag=4), complex(imag=2), complex(True, False))
for s in ['1', '1j', '-1j', '+1.5j', '1+2j', '1-2J', '(1+2j)', ' ( -3.5-0.5j ) ', 'j', '-j', '1e3+1e-3j', 'inf+nanj',
          '-infj', '1_0+2_0j', '\t5 ', '0.5e1j', 'NaN']:
    print(repr(s), complex(s))
for s in ['', '1+', '+j1', '1+2', '1 + 2j', '(1+2j', '1+2j)', 'jj', '1k', '()', '1.2.3j', '1+2jj']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for args in [('1', 2), (1, '2'), (None,), ([],), ('1', '1')]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, 'TypeError:', e)
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
print(complex.from_number(3), complex.from_number(2.5), complex.from_number(1j))
