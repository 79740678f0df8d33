# float formatting: e E f F g G % n and '' types, precision, alternate form '#', sign, zero-padding, 'z'
vals = [0.0, -0.0, 1.0, 1234.5678, 0.000123456, 1e16, 1e-5, 123456789.0, -2.5, float('inf'), float('nan')]
for v in vals:
    print(f'{v:e}|{v:.2e}|{v:E}|{v:f}|{v:.0f}|{v:#.0f}|{v:F}|{v:g}|{v:.3g}|{v:#g}|{v:G}|{v:%}|{v:.1%}|{v:}|{v:.3}')
print(f'{1.5:10.2f}|{1.5:<10.2f}|{1.5:^10.2f}|{1.5:*>10.2f}|{-1.5:010.2f}|{1.5:+.1f}|{1.5: .1f}|{-1.5:=+10.1f}')
print(f'{1234567.891:,.2f}|{1234567.891:_.3f}|{1234567.891:,}|{0.5:,.2%}|{1e6:,g}|{1234.5:012,.1f}')
print(f'{-0.0:z.2f}|{-0.001:z.1f}|{-0.001:.1f}|{0.001:z.1f}|{-0.0:zg}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1e22:f} {1e-7:f}')
print(f'{100.0:g} {1e5:g} {1e6:g} {1e-4:g} {1e-5:g} {123456.0:g} {1234567.0:g} {0.0001:.2g} {15.0:.1g}')
print(f'{1.0:#g} {1.0:#.3g} {100.0:#.1e} {5.0:#.0e} {5.0:.0e} {1.0:.1}', format(2.0, '#'))
print(format(3.14159, '.10f'), format(3.14159, '.20f'), format(1 / 3, '.17g'), format(0.1, '.55f'))
print('%.3f %e %g %G %10.4f %-10.2e| %+g %#x' % (1.5, 12345.678, 0.00001234, 1e20, 3.14159, 2.5, 7.0, 255))
print(format(float('inf'), '10'), format(float('-inf'), '<8.2f') + '|', format(float('nan'), '+f'), format(float('inf'), 'E'))
print(format(1e300, 'f')[:20], len(format(1e300, 'f')))
for spec in ['d', 'x', 'c', ',b', '.2s']:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(spec, 'ValueError:', e)
