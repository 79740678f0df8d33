# format spec matrix for int and float: sign, '=' alignment, zero-padding, grouping, '#', precision and types
specs = ['', '+', '-', ' ', '=+8', '08', '+08', ' 08', '<8', '^8', '>+8', ',', '_', '08,', '#08x', '#b', '.3', '.3f', 'e', '%', 'g', 'n']
for v in [0, 12345, -12345, 12345.678, -0.00123]:
    cells = []
    for spec in specs:
        try:
            cells.append(format(v, spec))
        except ValueError:
            cells.append('ERR')
    print(repr(v), '|'.join(cells))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.2f'), format(1234567, ',d'), format(-1234567, '_'))
print(format(1234567.891, '.2,f'), format(12345.6789, '.6_f'))
print(format(12345.6789, '.8,f'), format(1234.5, ',.1e'))
print(format(12, '#010b'), format(12, '#10b'), format(-12, '#010b'), format(12, '=#10b'), format(12, '0=10'))
print(format(1234, '020,'), format(1234, '021,'), format(1234.5, '010,.1f'), format(-1234.5, '011,.1f'))
