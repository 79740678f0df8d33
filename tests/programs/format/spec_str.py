# format spec for str: fill, alignment, width, precision (truncation), and the options str rejects
s = 'text'
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^11', '.2', '10.2', '-^9.3', '0>8', '08', '\u00b7<7', '{<6', '}>6']:
    print(repr(spec), '[' + format(s, spec) + ']')
print('[' + format('😀', '^5') + ']', '[' + format('é', '>3') + ']', '[' + format('', '*^4') + ']', '[' + format('long text', '3') + ']')
print(f'[{s:>{2 * 5}}] [{s!r:^12}] [{s:.{1}}]', '[{:{}>{}}]'.format(s, '~', 9))
for spec in ['+', ' ', '-', '#', ',', '_', '=10', 'd', 'z', '010', 'x', '.s'] :
    try:
        print(repr(spec), '[' + format(s, spec) + ']')
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
print(format(None, ''), format([1], ''), format(str, ''))
for v in [None, [1], object]:
    try:
        format(v, '>5')
    except TypeError as e:
        print('TypeError:', e)
