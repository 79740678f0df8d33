# int formatting with format()/f-strings: b o x X n c d, width/fill/align/sign, '#' and ',' '_' grouping
n = 1234567
print(format(n, 'd'), format(n, ','), format(n, '_'), format(n, '_x'), format(n, '_b'))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))
print(format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(-255, '#x'), format(-255, '08x'), format(-255, '#010x'), format(255, '+#x'))
print(format(65, 'c'), format(0x1F600, 'c'), format(n, 'n'), format(n, ''))
print(f'{42:>8}|{42:<8}|{42:^8}|{42:*^9}|{42:08}|{-42:08}|{-42:=8}|{42:+}|{42: }|{-42: }')
print(f'{n:,d}', f'{-n:,}', f'{n:015,}', f'{n:_o}', f'{12345678:_X}', f'{n:>15,}')
print(f'{0:#b}', f'{0:#x}', f'{0:x}', f'{-0:d}', f'{True:d}', f'{True}', f'{False:5}')
print(f'{3:e}', f'{3:f}', f'{3:.2%}', f'{3:g}', f'{10 ** 20:e}', f'{7:.3f}', f'{7:n}')
w, p = 10, 'x'
print(f'{n:{w}}|{n:{w}{p}}|{n:>{w},}|')
print(f'{2 ** 70:,}', format(-(2 ** 70), '_x'))
for spec in ['.2d', 'z', ',b', ',x', '#c', 's', 'c,', '=s']:
    try:
        print(spec, format(5, spec))
    except ValueError as e:
        print(spec, '-> ValueError:', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError:', e)
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError:', e)
