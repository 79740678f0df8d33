# f-string format specs: fill/align/sign/#/0/width/grouping/precision/type for int, float, str.
n, x, s = 1234567, 3.14159265, 'py'
print(f'[{n}] [{n:10}] [{n:<10}] [{n:^10}] [{n:>10}] [{n:*^12}] [{n:=+12}]')
print(f'[{n:,}] [{n:_}] [{n:_x}] [{n:#x}] [{n:#X}] [{n:#o}] [{n:#b}] [{n:b}]')
print(f'[{-n:+}] [{n:+}] [{n: }] [{-n: }] [{n:012}] [{-n:012,}]')
print(f'[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:e}] [{x:.3E}] [{x:g}] [{x:%}] [{x:.1%}]')
print(f'[{1e20:g}] [{1e-5:g}] [{1234.5:.2g}] [{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}] [{x:#.0f}]')
print(f'[{s}] [{s:5}] [{s:>5}] [{s:^6}] [{s:.1}] [{s:-<8}] [{"abcdef":.3}]')
print(f'[{65:c}] [{255:X}] [{n:n}] [{0.1 + 0.2}] [{0.1 + 0.2:.17f}]')
print(f'[{float("inf"):f}] [{float("-inf"):+e}] [{float("nan"):.2f}] [{-0.0}] [{-0.0:+.1f}]')
print(f'[{1234567.891:,.2f}] [{1234567.891:_.3f}] [{12345:08.2f}]')
print(f'[{True}] [{True:d}] [{True:>5}] [{None!s:>6}]')
width, prec = 12, 3
print(f'[{x:{width}.{prec}f}] [{x:>{width}}] [{s:{"^"}{width}}]')
print(f'[{3+4j}] [{3+4j:.2f}] [{1j:>8}]')
for bad in ['{n:.2s}', '{s:d}', '{x:x}', '{n:,s}', '{n:=}']:
    try:
        print(eval('f' + repr(bad)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
