# complex repr/str: parentheses, signs, -0.0 parts, inf/nan parts, and float-style shortest digits
vals = [1j, -1j, 0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 3 + 4j, 3 - 4j, -3.5 + 0.1j,
        1e16j, 1e-5 + 1e20j, complex(1, float('inf')), complex(float('nan'), -float('inf')), complex(2, float('nan')),
        complex(0.1 + 0.2, 1 / 3), 1.5j, 2e300j * 1e10, complex(1, 0), complex(-1, 0)]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 0j], (0.5j,), f'{1 + 2j}', f'{1 + 2j!r}', '%s' % (3j,), str(-(0j)))
print(format(1 + 2j, ''), format(1.5 - 2.25j, '.2f'), format(1 + 2j, '>20'), format(1 + 2j, '+.1e'), format(3j, 'g'))
print(format(1 + 2j, '^20.3f'), format(-1j, ''), format(1 + 0j, ''), format(1 + 0j, 'g'), format(12345.678 + 1j, ',.1f'))
for spec in ['=10', '010', 'd', '%']:
    try:
        format(1 + 1j, spec)
    except ValueError as e:
        print(spec, 'ValueError:', e)
