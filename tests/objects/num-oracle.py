# Makes tests/objects/num-expected.json.gz: operations on ints, bools, floats and complexes with
# the outcome CPython 3.14 gives ("ok: <repr>" or "<Exception>: <message>"). Run with the
# free-threaded CPython 3.14 (the spec build):
#   /work/ref/cpython-ft/bin/python3.14t tests/objects/num-oracle.py > tests/objects/num-expected.json.gz
# Values are encoded as strings: i<int> f<float repr> c<re>,<im> s<str> y<hex bytes> n T F.
import json, math, operator, random, sys, warnings

warnings.simplefilter('ignore')
random.seed(3141)


def enc(v):
    if v is None: return 'n'
    if v is True: return 'T'
    if v is False: return 'F'
    if isinstance(v, int): return 'i' + str(v)
    if isinstance(v, float): return 'f' + repr(v)
    if isinstance(v, complex): return 'c' + repr(v.real) + ',' + repr(v.imag)
    if isinstance(v, str): return 's' + v
    if isinstance(v, bytes): return 'y' + v.hex()
    raise TypeError(v)


def outcome(f):
    try:
        return 'ok: ' + repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


cases = []


def case(op, args, fn, kw=None):
    entry = [op, [enc(a) for a in args], outcome(fn)]
    if kw:
        entry.append({k: enc(v) for k, v in kw.items()})
    cases.append(entry)


BIN = {
    'add': operator.add, 'sub': operator.sub, 'mul': operator.mul, 'truediv': operator.truediv,
    'floordiv': operator.floordiv, 'mod': operator.mod, 'divmod': divmod, 'pow': pow,
    'lshift': operator.lshift, 'rshift': operator.rshift, 'and': operator.and_, 'or': operator.or_,
    'xor': operator.xor,
}
CMP = {'lt': operator.lt, 'le': operator.le, 'eq': operator.eq, 'ne': operator.ne, 'gt': operator.gt,
       'ge': operator.ge}

INTS = [0, 1, -1, 2, -3, 7, 255, 2**31 - 1, 2**53, -2**53 - 1, 2**64 + 3, -(10**40) + 1, True]
FLOATS = [0.0, -0.0, 0.5, -1.5, 3.0, 0.1, 1e16, 1e-300, 1.7976931348623157e308, 5e-324, math.inf, -math.inf,
          math.nan]
SMALL_INTS = [0, 1, -3, 2**53 + 1, 10**400, True]

# int op int
for a in INTS:
    for b in INTS:
        for op, f in BIN.items():
            if op == 'pow' and (b > 300 or (b < 0 and abs(a) > 2**64)):
                continue
            if op == 'lshift' and b > 2000:
                continue
            case(op, [a, b], lambda: f(a, b))
        for op, f in CMP.items():
            case(op, [a, b], lambda: f(a, b))
# float op (float | int) and int op float
for a in FLOATS + SMALL_INTS:
    for b in FLOATS + SMALL_INTS:
        if not isinstance(a, float) and not isinstance(b, float):
            continue
        for op in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow']:
            f = BIN[op]
            case(op, [a, b], lambda: f(a, b))
        for op in ['lt', 'eq', 'ne', 'ge']:
            f = CMP[op]
            case(op, [a, b], lambda: f(a, b))
# three-argument pow
for a, b, m in [(3, 10**5, 10**9 + 7), (-3, 3, -5), (3, -2, 7), (-3, 3, 5), (0, 0, 1), (5, 0, -1), (2, -1, 4),
                (2, 3, 0), (2**100, 2**100, 10**20 + 39), (7, -1, 10**30 + 1), (True, 5, 3), (12, 34, 56)]:
    case('pow3', [a, b, m], lambda: pow(a, b, m))
for a, b, m in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3)]:
    case('pow3', [a, b, m], lambda: pow(a, b, m))

# unary
for a in INTS + FLOATS:
    for op, f in [('neg', operator.neg), ('pos', operator.pos), ('abs', abs), ('invert', operator.invert)]:
        if op == 'invert' and isinstance(a, float):
            continue
        case(op, [a], lambda: f(a))
    if a == a:  # hash(nan) is identity-based
        case('hash', [a], lambda: hash(a))
    case('repr', [a], lambda: a)

# methods
for a in INTS:
    for name in ['bit_length', 'bit_count', 'as_integer_ratio', 'is_integer', 'conjugate', '__index__', '__float__',
                 '__trunc__', '__floor__', '__ceil__', '__round__', '__getnewargs__', '__sizeof__', '__bool__']:
        case('meth:' + name, [a], lambda: getattr(a, name)())
    for nd in [-1, -2, -5, 0, 3]:
        case('meth:__round__', [a, nd], lambda: round(a, nd))
for a in FLOATS + [1e22, 2.675, 0.125, -0.5, 1.5, 2.5, -2.5, 1e-5]:
    for name in ['hex', 'as_integer_ratio', 'is_integer', 'conjugate', '__int__', '__float__', '__trunc__',
                 '__floor__', '__ceil__', '__round__', '__getnewargs__', '__bool__']:
        case('meth:' + name, [a], lambda: getattr(a, name)())
    for nd in [-308, -2, -1, 0, 1, 2, 5, 17, 323, 400]:
        case('meth:__round__', [a, nd], lambda: round(a, nd))
for _ in range(300):
    x = random.choice([random.uniform(-1000, 1000), random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30),
                       random.randint(-10**6, 10**6) / 2 ** random.randint(0, 12)])
    nd = random.randint(-5, 15)
    case('meth:__round__', [x, nd], lambda: round(x, nd))

# repr of random doubles (shortest round trip)
for _ in range(300):
    bits = random.getrandbits(64)
    x = __import__('struct').unpack('<d', bits.to_bytes(8, 'little'))[0]
    case('repr', [x], lambda: x)
    case('meth:hex', [x], lambda: x.hex())

# format specs
INT_SPECS = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', 'n', ',', '_', '_x', '_b', ',d', '+d', ' d',
             '-d', '08', '08,', '010_', '<8', '>8', '^8', '=8', '*^9', '0=+9', '#010x', '#_b', '+#_o', '.2', 'e',
             '.3e', 'f', '%', 'g', 'E', '.2f', ',.2f', 's', 'z', ',x', '_c', '+c', '#c', 'xx', ',_', '_,', '\x00<5',
             '٥', '#012_X', '+08_d', ',o', '.,', '10.3,g']
for v in [0, 7, -42, 255, 1234567, -(10**20) - 5, 65, 2**70, True]:
    for spec in INT_SPECS:
        case('format', [v, spec], lambda: format(v, spec))
FLOAT_SPECS = ['', 'f', 'e', 'g', 'E', 'G', 'F', 'n', '%', '.0f', '.1f', '.2f', '.3e', '.0e', '.10g', '.0g', '.1g',
               '#g', '#.3g', '#.0f', '#e', '+f', ' f', 'z.1f', 'z', 'z.3g', ',', ',.2f', '_.3f', '.3,f', ',.3_f',
               '.,', '._', ',.6_g', '10', '<10', '^12.2f', '=+12.3f', '012.3f', '0=12', '*>10', '010,.1f',
               '.20f', '.60f', '.17g', '.30e', 'd', 'x', 's', '+#10.0e', '.2%', '12,.3%', '.100f', '.120e',
               '.3n', '-010.2f', 'z012.1f']
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234567.891, 1e16, 1e22, 1.5e-7, 123456789.0, 0.5, 2.5, 0.125,
          1e300, 5e-324, math.inf, -math.inf, math.nan, -0.0001]:
    for spec in FLOAT_SPECS:
        case('format', [v, spec], lambda: format(v, spec))
COMPLEX_SPECS = ['', '10', '<20', '^20', '>20', '.2f', 'g', '.3e', 'e', '+', '+.2f', 'z.1f', ',', '_.2f', '010',
                 '=10', 'n', 'd', '#g', '.0f', 'F', '-^15', '.10g']
for v in [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, 2), complex(1e300, -1e-300), complex(math.inf, math.nan),
          complex(1234567.5, 0), complex(-0.0, -0.0)]:
    for spec in COMPLEX_SPECS:
        case('format', [v, spec], lambda: format(v, spec))
    case('repr', [v], lambda: v)
    if v == v:
        case('hash', [v], lambda: hash(v))

# exact ties and random values in e/f/g formatting (dtoa modes 2 and 3)
for _ in range(600):
    kind = random.randint(0, 3)
    if kind == 0:
        x = random.randint(-10**6, 10**6) / 2 ** random.randint(1, 20)
    elif kind == 1:
        x = random.randint(1, 10**4) * 5.0 * 10.0 ** random.randint(-8, 8)
    elif kind == 2:
        x = random.uniform(-1, 1) * 10.0 ** random.randint(-320, 308)
    else:
        x = float(random.randint(-10**18, 10**18))
    code = random.choice('efg%')
    spec = '.' + str(random.randint(0, 25)) + code
    case('format', [x, spec], lambda: format(x, spec))

# printf-style
PCT = ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.5d', '%#.3x',
       '%+05d', '%-+6d|', '% 05d', '%e', '%E', '%f', '%F', '%g', '%G', '%.0f', '%.1f', '%#.0f', '%.3g', '%#g',
       '%10.2f', '%-10.2f|', '%010.2f', '%+.2e', '% .3f', '%c', '%5c', '%-3c|', '%#5x', '%#05x', '%-#8o|']
for v in [0, 5, -5, 255, -255, 10**30, 3.7, -0.5, 0.25, 1e16, math.inf, math.nan, True, 65, 1114112, 'x', 'ab', None,
          1 + 1j]:
    for spec in PCT:
        case('percent', [spec, v], lambda: spec % v)

# constructors
for s in ['0', '12', ' -7 ', '+1', '1_000', '1__0', '_1', '1_', '12a', '', ' ', '0x10', '0b101', '0o17', '010', '000',
          '0_0', '0_7', '١٢٣', '\u00a012\u2003', '\uff11', '1' * 50, '  0x_1f  ', '0x', '- 1', '1\x00',
          '٣.٤', '1.5', 'inf', '12\u0660', '꯰', '𝟘𝟙']:
    for base in [None, 0, 2, 8, 10, 16, 36]:
        if base is None:
            case('call:int', [s], lambda: int(s))
        else:
            case('call:int', [s, base], lambda: int(s, base))
case('call:int', ['9' * 4301], lambda: int('9' * 4301))
for args, kw in [([], {}), ([1.9], {}), ([-1.9], {}), ([1e300], {}), ([math.inf], {}), ([math.nan], {}), ([True], {}),
                 (['1', 1], {}), (['1', 37], {}), ([1.5, 10], {}), (['10'], {'base': 2}), (['1', 2, 3], {}),
                 ([], {'x': '1'}), ([], {'base': 2}), (['1'], {'base': 10.0}), ([None], {}), ([b'12'], {}),
                 ([b' 0x1f '], {'base': 16}), ([b'1_0'], {}), ([b'\xff'], {}), ([1 + 2j], {}), ([2**70], {}),
                 (['z'], {'base': 36})]:
    case('call:int', args, lambda: int(*args, **kw), kw)
for s in ['1.5', ' -2.5e3 ', '1_000.5', '1__0', '.5', '5.', '.', 'inf', '-iNF', 'infinity', '+Infinity', 'nan', '-nan',
          'nan(1)', 'in', '1e500', '-1e-500', '1e', '1.5e+', '0x10', '١٢٣.٥', '\u2003 1.5\u00a0', '', ' ', '1_e5',
          '1e1_0', '1.5\x00', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
          '1.7976931348623158e308', '1.7976931348623159e308', '0.1000000000000000055511151231257827',
          '123456789012345678901234567890e-10', '9' * 400, '1' + '0' * 400 + 'e-400']:
    case('call:float', [s], lambda: float(s))
for args, kw in [([], {}), ([5], {}), ([10**400], {}), ([True], {}), ([None], {}), ([1, 2], {}),
                 ([], {'x': 1}), ([b'1.5'], {}), ([b'x'], {}), ([1j], {})]:
    case('call:float', args, lambda: float(*args, **kw), kw)
for s in ['1+2j', '(1+2j)', ' ( 1+2j ) ', 'j', '-j', '+j', '1e5j', '1.5', 'abc', '1+', '1+2jj', '-1-j', '1 + 2j',
          'inf-infj', 'nanj', '-nan-nanj', '1e500j', '1_000j', '1__0j', '(1+2j', '( )', '', '  ', '+', '1e', '1+1e',
          '+1.5e-3-2J', '١+٢j', '(j)', '0x1j', 'infj', '-infinityj', '1+infj']:
    case('call:complex', [s], lambda: complex(s))
for args, kw in [([], {}), ([1.5], {}), ([1, 2], {}), ([1j, 1j], {}), (['1', 2], {}), ([1, '2'], {}),
                 (['1', '2'], {}), ([None], {}), ([1, None], {}), ([], {'real': 1, 'imag': 2}), ([], {'imag': 2}),
                 ([1], {'real': 2}), ([], {'x': 1}), ([1, 2, 3], {}), ([b'1'], {}), ([10**400], {}),
                 ([1 + 1j, 2], {}), ([True, False], {})]:
    case('call:complex', args, lambda: complex(*args, **kw), kw)
for args, kw in [([], {}), ([0], {}), ([2], {}), (['' ], {}), ([0.0], {}), ([1j], {}), ([1, 2], {}), ([], {'x': 1})]:
    case('call:bool', args, lambda: bool(*args, **kw), kw)

# complex arithmetic
CPX = [0j, 1j, 1 + 2j, -1.5 - 0.5j, complex(1e308, 1e308), complex(math.inf, 0), complex(0, math.nan), 2, 0.5, -3,
       complex(1e-200, 0), 2**60, 1e-200j]
for a in CPX:
    for b in CPX:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        for op in ['add', 'sub', 'mul', 'truediv', 'pow', 'floordiv', 'mod']:
            f = BIN[op]
            case(op, [a, b], lambda: f(a, b))
        for op in ['eq', 'ne', 'lt']:
            f = CMP[op]
            case(op, [a, b], lambda: f(a, b))
    if isinstance(a, complex):
        for name in ['conjugate', '__complex__', '__getnewargs__', '__bool__']:
            case('meth:' + name, [a], lambda: getattr(a, name)())
        case('abs', [a], lambda: abs(a))
        case('neg', [a], lambda: -a)

# hex / fromhex / misc class methods
for s in ['0x1.8p3', '0x1p-1080', '0x1p1024', 'zz', '0x.8', '0x1.', '1p', 'infinity', '-nan', '0x1.0000000000000fp0',
          '0x1p-1075', '0x3p-1076', '0x1.ffffffffffffffp1023', ' 0x1.8p1 ', '1.8', '-inf', '0X1P-1074',
          '0x1.fffffffffffff8p1023', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x0.0p0', '-0x0p0', '0x',
          '0xp1', '0x1p', '0x1.8p+1', '0x1.8p-1', 'x1', '0x1_0']:
    case('cls:float.fromhex', [s], lambda: float.fromhex(s))
for v in [b'', b'\x01\x00', b'\xff', b'\xff\xff\x00', bytes(range(20))]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            case('cls:int.from_bytes', [v, order], lambda: int.from_bytes(v, order, signed=signed),
                 {'signed': signed})
case('cls:int.from_bytes', [b'\x01', 'middle'], lambda: int.from_bytes(b'\x01', 'middle'))
case('cls:int.from_bytes', [b'\x01', 1], lambda: int.from_bytes(b'\x01', 1))
for v in [0, 1, 255, 256, -1, -128, -129, 127, 2**64, -(2**63)]:
    for length in [0, 1, 2, 8, 9]:
        for signed in [False, True]:
            case('meth:to_bytes', [v, length, 'little'], lambda: v.to_bytes(length, 'little', signed=signed),
                 {'signed': signed})
case('meth:to_bytes', [1, -1], lambda: (1).to_bytes(-1))
case('meth:to_bytes', [1, 1, 'x'], lambda: (1).to_bytes(1, 'x'))
for s in ['double', 'float', 'x']:
    case('cls:float.__getformat__', [s], lambda: float.__getformat__(s))
for v in [3, 2.5, True, '3', None]:
    case('cls:float.from_number', [v], lambda: float.from_number(v))
    case('cls:complex.from_number', [v], lambda: complex.from_number(v))

# correctly rounded elementary functions (crmath.ts) against glibc
def rnd_double(lo, hi):
    return random.uniform(-1, 1) * 10.0 ** random.uniform(lo, hi)
for _ in range(250):
    x = rnd_double(-3, 2.8)
    case('math:exp', [x], lambda: math.exp(x))
    y = abs(rnd_double(-300, 300)) or 1.0
    case('math:log', [y], lambda: math.log(y))
    z = rnd_double(-8, 5.5)
    case('math:sin', [z], lambda: math.sin(z))
    case('math:cos', [z], lambda: math.cos(z))
    u, v = rnd_double(-5, 5), rnd_double(-5, 5)
    case('math:atan2', [u, v], lambda: math.atan2(u, v))
    case('math:hypot', [u, v], lambda: math.hypot(u, v))
    b = abs(rnd_double(-3, 3))
    e = rnd_double(-2, 2.3)
    case('pow', [b, e], lambda: b ** e)
    case('pow', [random.randint(2, 20), random.randint(-30, -1)], lambda: None)
    cases.pop()
    n, k = random.randint(2, 20), random.randint(-30, -1)
    case('pow', [n, k], lambda: n ** k)
# big int true division (correct rounding, subnormal and overflow results) and comparisons
for _ in range(200):
    a = random.getrandbits(random.randint(1, 700)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 700)) or 1
    case('truediv', [a, b], lambda: a / b)
    f = rnd_double(-20, 300)
    i = int(f) + random.randint(-2, 2)
    case('lt', [i, f], lambda: i < f)
    case('eq', [float(i), i], lambda: float(i) == i)
    case('floordiv', [a, b], lambda: a // b)
    case('mod', [a, b], lambda: a % b)
for _ in range(40):
    n = random.getrandbits(random.randint(1, 1500)) * random.choice([1, -1])
    base = random.choice([2, 3, 7, 8, 10, 16, 36])
    digits = ''
    m = abs(n)
    while m:
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[m % base] + digits
        m //= base
    text = ('-' if n < 0 else '') + (digits or '0')
    case('call:int', [text, base], lambda: int(text, base))
    case('format', [n, 'x'], lambda: format(n, 'x'))

import gzip
data = json.dumps(cases, ensure_ascii=True, separators=(',', ':')).encode() + b'\n'
sys.stdout.buffer.write(gzip.compress(data, mtime=0))
