# Calls recorded by str-types-oracle.mjs: C(type, method, self, *args, **kwargs); method 'new'
# calls the type itself. Kept to values str-harness.ts can build (str, int, float, None, bytes,
# bytearray, memoryview, tuple, list, dict).

E = '\U0001F600'
S = ['', 'abc', 'a b  c ', 'ΣΑΣ', 'a' + E + 'b', 'x\ud800y', 'é€']

# ---- str: argument errors and messages -------------------------------------------------------------
for m, a in [('center', (5, 'ab')), ('center', (5, 1)), ('ljust', (5, '')), ('rjust', (3, E)), ('center', (7,)),
             ('find', (1,)), ('count', (1,)), ('index', (1,)), ('rindex', ('z',)), ('index', ('z',)),
             ('startswith', (1,)), ('startswith', ((1,),)), ('endswith', ((1,),)), ('startswith', (('x', 'a'),)),
             ('endswith', (('x', 'c'), 0, 3)), ('split', (1,)), ('split', ('',)), ('rsplit', (1,)),
             ('strip', (1,)), ('lstrip', (1,)), ('rstrip', (1,)), ('replace', (1, '')), ('replace', ('a', 1)),
             ('replace', ('a', 'b', 'c')), ('partition', (1,)), ('partition', ('',)), ('rpartition', ('',)),
             ('join', ([1],)), ('join', (1,)), ('join', (['a', b'x'],)), ('__add__', (1,)), ('__mul__', (2.0,)),
             ('__contains__', (1,)), ('__getitem__', (1.0,)), ('__getitem__', (5,)), ('__getitem__', ('x',)),
             ('__getitem__', (10**30,)), ('encode', (1,)), ('encode', ('utf-8', 1)), ('encode', ('nope',)),
             ('removeprefix', (1,)), ('removesuffix', (1,)), ('zfill', ('x',)), ('zfill', (2**70,)),
             ('expandtabs', (2**40,)), ('expandtabs', ('x',)), ('count', ('a', 1.0)), ('find', ('a', 'x')),
             ('translate', ({97: 1.5},)), ('translate', ({97: 0x110000},)), ('translate', ({97: -1},)),
             ('format_map', (1,)), ('__lt__', (1,)), ('__eq__', (1,)), ('__format__', (1,))]:
    C('str', m, 'abc', *a)
C('str', 'split', 'a', maxsplit=1.5)
C('str', '__getitem__', 'abc', slice(None, None, 0))

# ---- str: behaviour ---------------------------------------------------------------------------------
for s in S:
    for m in ['__len__', '__repr__', '__str__', '__iter__', 'upper', 'lower', 'title', 'isidentifier', 'isprintable',
              '__getnewargs__', 'splitlines', 'split', 'rsplit', 'strip']:
        C('str', m, s)
    for k in [0, 1, -1, 2, -3, slice(None, None, -1), slice(1, None, 2), slice(-2, None), slice(0, 100, 3)]:
        C('str', '__getitem__', s, k)
    for other in ['', 'abc', 'ab', E, '\uffff', '\ud800']:
        for m in ['__eq__', '__lt__', '__le__', '__gt__', '__ge__', '__ne__', '__add__', '__contains__']:
            C('str', m, s, other)
    for n in [0, 1, 3, -1, True]:
        C('str', '__mul__', s, n)
        C('str', '__rmul__', s, n)
    C('str', 'join', s, ['x', 'y', 'z'])
    C('str', 'join', s, ('x',))
    C('str', 'join', s, 'xyz')
    C('str', 'join', s, {'k': 1, 'j': 2})
    C('str', 'expandtabs', s + '\tq\n\tr', 4)
    C('str', 'count', s, '', 1)
    C('str', 'find', s, E)
    C('str', 'removeprefix', s, 'a')
    C('str', 'removesuffix', s, 'c ')
    C('str', 'translate', s, {97: 'AA', 98: None, 0x3a3: 0x3c3, 0x1F600: 'x'})
    C('str', 'translate', s, ['q'] * 100)

C('str', 'maketrans', None, 'abc', 'xyz')
C('str', 'maketrans', None, 'abc', 'xyz', 'q')
C('str', 'maketrans', None, {'a': 'b', 99: None})
for a in [(1,), ({'ab': 1},), ({1.5: 1},), ('ab', 'c'), (1, 'c'), ('a', 1), ('a', 'b', 1)]:
    C('str', 'maketrans', None, *a)

# format / format_map / __format__ / %
for fmt, args, kw in [('{}-{}', (1, 'x'), {}), ('{1}{0}', ('a', 'b'), {}), ('{a}{b!r}', (), {'a': 1, 'b': 'q'}),
                      ('{0[1]}{0[0]}', (['x', 'y'],), {}), ('{0[k]}', ({'k': 'v'},), {}), ('{:>{}}', ('a', 5), {}),
                      ('{:{}{}}', ('a', '>', 4), {}), ('{!a}', ('é',), {}), ('{!s:^7}', ('ab',), {}),
                      ('{{}}{}', (1,), {}), ('{', (), {}), ('}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
                      ('{a}', (), {}), ('{0}', (), {}), ('{1}', (1,), {}), ('{0.x}', (1,), {}), ('{0[x]}', ([1],), {}),
                      ('{0[0]}', (1,), {}), ('{0!z}', (1,), {}), ('{0!}', (1,), {}), ('{0:{1}}', (1,), {}),
                      ('{0:{1:{2}}}', (1, 2, 3), {}), ('{:d}', ('a',), {}), ('{:x<5,}', ('a',), {}),
                      ('{:=5}', ('a',), {}), ('{:+}', ('a',), {}), ('{:#}', ('a',), {}), ('{:05}', ('a',), {}),
                      ('{:.2f}', ('a',), {}), ('{0[}', (1,), {}), ('{!r:}', (1,), {}), ('{0.}', (1,), {}),
                      ('{0[]}', (1,), {}), ('{-1}', (1,), {}), ('{0]}', (1,), {}), ('{0[0]x}', ([1],), {}),
                      ('{:*^9.3}', ('abcdef',), {}), ('{:.0}', ('abc',), {}), ('{:🙂>5}', ('ab',), {}),
                      ('{0!r:>10}', ('é',), {}), ('{x}', (), {'x': E}), ('{:5}', (E,), {}),
                      ('{:s}', (None,), {}), ('{:}', (None,), {}), ('{0:{a}}', ('q',), {'a': '>3'})]:
    C('str', 'format', fmt, *args, **kw)
for fmt, m in [('{a}{b}', {'a': 1, 'b': 2}), ('{}', {}), ('{a}', {}), ('x', 1)]:
    C('str', 'format_map', fmt, m)
for spec in ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', 'z', ',', '_', '12345678901234567890',
             '=5', '+', ' ', '#', '05', '0>5', 'x', '\U0001F600^7', '.', '..', 'ss', '.,', '_,']:
    C('str', '__format__', 'abc', spec)
for fmt, args in [('%s', 'x'), ('%s %s', ('a', 'b')), ('%d', 'a'), ('%s %s', ('a',)), ('%s', ('a', 'b')),
                  ('%(a)s', 1), ('%(a)s', {'b': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%z', 1), ('%', 1),
                  ('%c', 'ab'), ('%c', 0x110000), ('%c', 1.5), ('%c', 65), ('%c', E), ('%x', 1.5), ('%d', 1.5),
                  ('%f', 'a'), ('%*d', ('a', 1)), ('%.*d', ('a', 1)), ('a', 1), ('a', ()), ('a', []), ('a', {}),
                  ('%(a', {'a': 1}), ('%5s|%-5s|%.2s', ('ab', 'cd', 'efg')), ('%r %a', ('é', 'é')),
                  ('%05d|%+d|% d|%-5d|%x|%#x|%#o|%X|%#X', (42, 42, 42, 42, 255, 255, 8, 255, 255)),
                  ('%.3f|%10.2e|%g|%G|%-8.3g|%08.2f', (3.14159, 1234.5, 1e-5, 1e20, 2.5, -3.14159)),
                  ('%i|%u|%5.3d', (7, 8, 9)), ('%s', ([1, 2],)), ('%s', [1, 2]), ('%s%%', 5), ('%*s', (5, 'a')),
                  ('%-*s|', (-5, 'a')), ('%.*s', (2, 'abc')), ('%c%c', (E, 0x3a3)), ('%s', None), ('%r', E),
                  ('%a', E), ('%d', True), ('%d', 2**70), ('%x', -255), ('%#x', -255), ('%.5x', 255),
                  ('%(a)s%%', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%ld %hd %Ld', (1, 2, 3)), ('%5%', ()),
                  ('%s %(a)s', {'a': 1})]:
    C('str', '__mod__', fmt, args)
C('str', '__rmod__', 'abc', 'x%sy')
C('str', '__rmod__', 'abc', 5)

# encode matrix
for s in ['abc', 'aé', 'a€b', 'a' + E, 'x\ud800y', '\udc80\udcff', 'ééé', 'a\udc80\ud800x\udc81b', '\x00\x7f']:
    for codec in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig',
                'UTF8', 'Latin1', 'iso-8859-1', 'us-ascii', 'u16']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                       'surrogateescape', 'surrogatepass', 'bogus']:
            C('str', 'encode', s, codec, errors)
C('str', 'encode', 'abc')
C('str', 'encode', 'abc', errors='strict', encoding='ascii')
C('str', 'encode', 'abc', 'utf-8', 'bogus')

# str() constructor
for a, kw in [((), {}), ((1,), {}), ((b'abc',), {}), ((b'abc', 'ascii'), {}), ((b'\xff', 'utf-8'), {}),
              ((b'\xff', 'utf-8', 'replace'), {}), ((1, 'utf-8'), {}), (('a', 'utf-8'), {}), ((b'a', 1), {}),
              ((b'a', 'utf-8', 1), {}), ((1, 2, 3, 4), {}), ((), {'x': 1}), ((), {'object': 1, 'encoding': 'ascii'}),
              ((bytearray(b'xy'), 'ascii'), {}), ((memoryview(b'mv'), 'latin-1'), {}), ((), {'encoding': 'ascii'}),
              ((b'\xe9',), {'errors': 'strict'}), ((None,), {}), ((1.5,), {}), ((['a'],), {}), (('é',), {})]:
    C('str', 'new', None, *a, **kw)

# ---- decode matrix ----------------------------------------------------------------------------------
for b in [b'abc', b'\xff', b'a\x80b', b'\xed\xa0\x80', b'\xed\xa0', b'\xe0\x80\x80', b'\xf0\x90\x80', b'\xf0\x90\x80x',
          b'\xc3\xa9\xe2\x82\xac', b'\xef\xbb\xbfab', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\xd8', b'a\x00b',
          b'\xff\xfea\x00', b'\xfe\xff\x00a', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xf4\x90\x80\x80',
          b'\xc0\x80', b'\x80abc', b'ab\xf5cd', b'\xe2\x82', b'\xe2\x82x', bytes(range(120, 136))]:
    for codec in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
                       'xmlcharrefreplace', 'bogus']:
            C('bytes', 'decode', b, codec, errors)
C('bytes', 'decode', b'abc', 1)
C('bytes', 'decode', b'abc', 'nope')
C('bytes', 'decode', b'abc', errors='strict')

# ---- bytes ------------------------------------------------------------------------------------------
B = [b'', b'abc', b'a b  c ', b'\x00\xff\x80', b'Hello World', b'\t x\r\ny\n']
for b in B:
    for m in ['__len__', '__repr__', '__str__', '__hash__', '__iter__', 'upper', 'lower', 'title', 'capitalize',
              'swapcase', 'isalpha', 'isalnum', 'isascii', 'isdigit', 'islower', 'isupper', 'isspace', 'istitle',
              'splitlines', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'hex', '__getnewargs__', '__bytes__']:
        C('bytes', m, b)
    C('bytes', 'splitlines', b, True)
    for k in [0, -1, 5, slice(None, None, -1), slice(1, None, 2), 'x', 1.5]:
        C('bytes', '__getitem__', b, k)
    for other in [b'', b'abc', bytearray(b'abc'), memoryview(b'ab'), 'abc', 1]:
        for m in ['__eq__', '__lt__', '__ne__', '__ge__', '__add__', '__contains__']:
            C('bytes', m, b, other)
    for n in [0, 2, -1, 2.0]:
        C('bytes', '__mul__', b, n)
    for sub in [b'a', b'', 98, 256, 'b', bytearray(b'c')]:
        for m in ['find', 'rfind', 'count', 'index', 'rindex', '__contains__']:
            C('bytes', m, b, sub)
        C('bytes', 'find', b, sub, 1, -1)
    for sep in [None, b' ', b'ab', b'', 'x']:
        C('bytes', 'split', b, sep)
        C('bytes', 'rsplit', b, sep, 1)
    for w in [0, 5, 9]:
        C('bytes', 'center', b, w, b'*')
        C('bytes', 'ljust', b, w)
        C('bytes', 'rjust', b, w, bytearray(b'-'))
        C('bytes', 'zfill', b, w)
    C('bytes', 'center', b, 5, 'x')
    C('bytes', 'center', b, 5, b'xy')
    C('bytes', 'replace', b, b'a', b'XY')
    C('bytes', 'replace', b, b'', b'-', 2)
    C('bytes', 'replace', b, 'a', b'b')
    C('bytes', 'partition', b, b' ')
    C('bytes', 'rpartition', b, b'b')
    C('bytes', 'partition', b, b'')
    C('bytes', 'strip', b, b'ab ')
    C('bytes', 'strip', b, 'a')
    C('bytes', 'expandtabs', b, 4)
    C('bytes', 'startswith', b, (b'x', b'a'))
    C('bytes', 'startswith', b, 'a')
    C('bytes', 'endswith', b, b'c', 0, 3)
    C('bytes', 'removeprefix', b, b'ab')
    C('bytes', 'removesuffix', b, b' ')
    C('bytes', 'translate', b, None, b'ab')
    C('bytes', 'translate', b, bytes.maketrans(b'abc', b'xyz'))
    C('bytes', 'translate', b, b'x')
    C('bytes', 'join', b, [b'x', bytearray(b'y'), memoryview(b'z')])
    C('bytes', 'join', b, [b'x', 1])
    C('bytes', 'hex', b, ':', 2)
    C('bytes', 'hex', b, b'-', -2)
for a in [('0g',), ('0 1',), ('012',), ('01 2',), (' 01 02 ',), ('01\x0b02',), ('é',), (1,), (b'0102',),
          (bytearray(b'0A0b'),)]:
    C('bytes', 'fromhex', None, *a)
for a in [(':', 0), ('ab',), ('é',), (1,), ('',)]:
    C('bytes', 'hex', b'\x01\x02\x03', *a)
C('bytes', 'maketrans', None, b'ab', b'c')
C('bytes', 'maketrans', None, b'ab', b'cd')
for a, kw in [((), {}), ((3,), {}), ((-1,), {}), (('a',), {}), (('a', 'ascii'), {}), ((b'a', 'ascii'), {}),
              (([1, 256],), {}), (([1, 'a'],), {}), ((1.5,), {}), ((None,), {}), ((), {'x': 1}),
              ((), {'source': [1, 2]}), ((b'a',), {'errors': 'strict'}), (([], 'utf-8'), {}),
              ((memoryview(b'ab'),), {}), ((bytearray(b'x'),), {}), (((0, 1, 2),), {}), ((('a',),), {}),
              (('é', 'ascii'), {}), (('é', 'ascii', 'replace'), {}), ((2**70,), {}), (([255, 0, True],), {})]:
    C('bytes', 'new', None, *a, **kw)
for fmt, args in [(b'%s %d %r %a %x %c %c', (b'x', 5, 'é', 'é', 255, 65, b'B')), (b'%s', 'x'), (b'%b', 1),
                  (b'%c', 256), (b'%c', b'ab'), (b'%5.1f|%-5d|%05x', (3.14159, 42, 255)), (b'%(a)s', {b'a': b'z'}),
                  (b'%s', memoryview(b'm')), (b'%s', bytearray(b'm')), (b'%5b|%-4b|%.1b', (b'a', b'b', b'cd')),
                  (b'%z', 1), (b'%s %s', (b'a',)), (b'abc', 1), (b'abc', b'x'), (b'%%%s', b'q')]:
    C('bytes', '__mod__', fmt, args)

# ---- bytearray --------------------------------------------------------------------------------------
for a, kw in [((), {}), ((3,), {}), (('a', 'ascii'), {}), (([1, 2],), {}), ((1.5,), {}), (('a',), {}), ((-1,), {}),
              (([300],), {}), ((b'a', 'ascii'), {}), ((), {'x': 1}), ((), {'encoding': 'ascii'}),
              ((b'xy',), {}), ((memoryview(b'q'),), {})]:
    C('bytearray', 'new', None, *a, **kw)
for m, a in [('append', (65,)), ('append', (256,)), ('append', ('a',)), ('extend', ([1, 2],)), ('extend', (b'cd',)),
             ('extend', ('ab',)), ('extend', (5,)), ('extend', ([1, 'a'],)), ('insert', (1, 65)), ('insert', (-10, 66)),
             ('insert', (10, 67)), ('insert', (0, 256)), ('pop', ()), ('pop', (0,)), ('pop', (5,)), ('pop', (1.5,)),
             ('remove', (98,)), ('remove', (120,)), ('remove', (b'a',)), ('reverse', ()), ('clear', ()), ('copy', ()),
             ('resize', (5,)), ('resize', (1,)), ('resize', (-1,)), ('__iadd__', (b'x',)), ('__iadd__', ('x',)),
             ('__imul__', (3,)), ('__imul__', (0,)), ('__add__', (b'x',)), ('__mul__', (2,)),
             ('__setitem__', (0, 65)), ('__setitem__', (0, 300)), ('__setitem__', (5, 3)), ('__setitem__', ('x', 3)),
             ('__setitem__', (0, b'x')), ('__setitem__', (slice(0, 1), b'xyz')), ('__setitem__', (slice(0, 2, 2), b'xyz')),
             ('__setitem__', (slice(0, 3, 2), b'XY')), ('__setitem__', (slice(0, 1), 5)), ('__setitem__', (slice(0, 1), 'x')),
             ('__setitem__', (slice(0, 1), [1, 2])), ('__setitem__', (slice(None, None, -1), b'zyx')),
             ('__delitem__', (0,)), ('__delitem__', (5,)), ('__delitem__', (slice(None, None, 2),)),
             ('__delitem__', (slice(1, None),)), ('__getitem__', (slice(1, None),)), ('__getitem__', (-1,)),
             ('__getitem__', (3,)), ('__repr__', ()), ('__alloc__', ()), ('__reduce_ex__', (2,)), ('__reduce_ex__', (3,)),
             ('__reduce__', ()), ('__eq__', (b'abc',)), ('__eq__', (memoryview(b'abc'),)), ('__eq__', ('abc',)),
             ('__lt__', (b'abd',)), ('__lt__', ('x',)), ('__contains__', (b'bc',)), ('__contains__', (99,)),
             ('__mod__', (1,)), ('upper', ()), ('split', (b'b',)), ('partition', (b'b',)), ('partition', (b'z',)),
             ('hex', ()), ('decode', ('ascii',)), ('find', (b'c',)), ('index', (98, 0, 1)), ('__len__', ()),
             ('__iter__', ()), ('center', (7, b'*'))]:
    C('bytearray', m, bytearray(b'abc'), *a)
C('bytearray', 'fromhex', None, '61 62')
C('bytearray', '__mod__', bytearray(b'%s-%d'), (b'x', 3))

# ---- memoryview -------------------------------------------------------------------------------------
for a, kw in [((b'ab',), {}), ((1,), {}), (('text',), {}), (([1, 2],), {}), ((None,), {}), ((b'x', 1), {}),
              ((), {'object': b'xy'}), ((bytearray(b'z'),), {})]:
    C('memoryview', 'new', None, *a, **kw)
for m, a in [('tolist', ()), ('tobytes', ()), ('tobytes', ('F',)), ('tobytes', ('x',)), ('hex', ()), ('hex', (':', 2)),
             ('__len__', ()), ('__getitem__', (0,)), ('__getitem__', (-1,)), ('__getitem__', (20,)),
             ('__getitem__', ('x',)), ('__getitem__', (1.5,)), ('__getitem__', ((0, 0),)), ('__getitem__', (Ellipsis,)),
             ('__getitem__', (slice(2, 6),)), ('__getitem__', (slice(None, None, 3),)), ('__getitem__', (slice(None, None, -1),)),
             ('__setitem__', (0, 1)), ('__delitem__', (0,)), ('__hash__', ()), ('__eq__', (b'0123456789',)),
             ('__eq__', ('0123456789',)), ('__lt__', (b'x',)), ('count', (49,)), ('index', (50,)), ('index', (120,)),
             ('index', (50, 3)), ('cast', ('c',)), ('cast', ('B', [2, 5])), ('cast', ('B', (5, 2))), ('cast', ('i',)),
             ('cast', ('x',)), ('cast', ('<B',)), ('cast', (1,)), ('cast', ('B', 5)), ('cast', ('B', [3, 3])),
             ('cast', ('@B',)), ('cast', ('B', [])), ('toreadonly', ()), ('format', ()), ('itemsize', ()), ('ndim', ()),
             ('shape', ()), ('strides', ()), ('nbytes', ()), ('readonly', ()), ('suboffsets', ()), ('contiguous', ()),
             ('c_contiguous', ()), ('f_contiguous', ()), ('obj', ()), ('__iter__', ()), ('release', ()),
             ('__enter__', ()), ('__exit__', (None, None, None))]:
    C('memoryview', m, memoryview(b'0123456789'), *a)
for fmt in ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'e', '?', 'n', 'N', 'P']:
    C('memoryview', 'tolist', mv(b'\x01\x80\xff\x00\x10\x32\x54\x76\x98\xba\xdc\xfe\x01\x02\x03\x04', ('cast', fmt)))
for fmt, val in [('B', 255), ('B', 256), ('B', -1), ('b', -128), ('b', 200), ('c', b'x'), ('c', b'xy'), ('c', 1),
                 ('h', -2), ('H', 70000), ('i', 2**31 - 1), ('i', 2**31), ('I', 2**32 - 1), ('q', -2**63),
                 ('Q', 2**64 - 1), ('Q', 2**64), ('d', 1.5), ('d', 2), ('d', 'x'), ('f', 0.1), ('f', 1e300),
                 ('e', 0.333), ('e', 65504.0), ('e', 65520.0), ('e', 1e-7), ('?', 5), ('?', 0), ('B', 1.0), ('i', True)]:
    C('memoryview', '__setitem__', mv(bytearray(16), ('cast', fmt)), 0, val)
for key, val in [(slice(0, 2), b'XY'), (slice(0, 2), b'XYZ'), (slice(None, None, 2), b'ABCDE'), (slice(0, 2), 'ab'),
                 (slice(0, 2), mv(b'xyzw', ('cast', 'H'), ('slice', slice(None, 1)))), (0, b'x'), (-1, 90), (10, 1)]:
    C('memoryview', '__setitem__', memoryview(bytearray(b'0123456789')), key, val)
C('memoryview', '__setitem__', memoryview(b'abc'), 0, 1)
C('memoryview', 'tolist', mv(b'abcdef', ('cast', 'B', [2, 3])))
C('memoryview', 'tobytes', mv(b'abcdef', ('cast', 'B', [2, 3])), 'F')
C('memoryview', '__getitem__', mv(b'abcdef', ('cast', 'B', [2, 3])), (1, 2))
C('memoryview', '__getitem__', mv(b'abcdef', ('cast', 'B', [2, 3])), 0)
C('memoryview', '__getitem__', mv(b'abcdef', ('cast', 'B', [2, 3])), (slice(0, 1), slice(0, 1)))
C('memoryview', '__len__', mv(b'abcdef', ('cast', 'B', [2, 3])))
C('memoryview', 'shape', mv(b'abcdef', ('cast', 'B', [2, 3])))
C('memoryview', 'strides', mv(b'abcdef', ('cast', 'B', [2, 3])))
C('memoryview', 'cast', mv(b'abcdef', ('cast', 'B', [2, 3])), 'c', [3, 2])
C('memoryview', 'tolist', mv(b'a', ('cast', 'B', [])))
C('memoryview', '__len__', mv(b'a', ('cast', 'B', [])))
C('memoryview', '__getitem__', mv(b'a', ('cast', 'B', [])), ())
C('memoryview', '__getitem__', mv(b'a', ('cast', 'B', [])), 0)
C('memoryview', 'cast', mv(b'abcd', ('cast', 'H')), 'h')
C('memoryview', 'cast', mv(b'abcd', ('slice', slice(None, None, 2))), 'c')
C('memoryview', 'contiguous', mv(b'abcd', ('slice', slice(None, None, 2))))
C('memoryview', 'strides', mv(b'abcd', ('slice', slice(None, None, -2))))
C('memoryview', '__eq__', mv(b'ab', ('cast', 'c')), b'ab')
C('memoryview', '__eq__', mv(b'ab', ('cast', 'H')), mv(b'ab', ('cast', 'h')))
C('memoryview', '__eq__', mv(b'\x00\x00\xf8\x7f' * 2, ('cast', 'f')), mv(b'\x00\x00\xf8\x7f' * 2, ('cast', 'f')))
C('memoryview', '__eq__', mv(b'\x00\x00\xf8\x7f' * 2, ('cast', 'f')), mv(b'\x00\x00\xf8\x7f' * 2, ('cast', 'B')))
C('memoryview', '__hash__', mv(b'abc', ('cast', 'c')))
C('memoryview', '__hash__', mv(b'abcd', ('cast', 'H')))
C('memoryview', '__hash__', memoryview(bytearray(b'abc')))
