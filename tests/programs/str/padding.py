# center/ljust/rjust/zfill: widths smaller than the string, odd padding split, fill characters and their errors
for s in ['abc', 'ab', '', 'toolong']:
    print('[' + s.center(6) + ']', '[' + s.center(7, '*') + ']', '[' + s.ljust(6, '-') + ']', '[' + s.rjust(6, '.') + ']', '[' + s.center(2) + ']')
print('[' + 'a'.center(4) + ']', '[' + 'ab'.center(5) + ']', '[' + 'abc'.center(6) + ']', '[' + 'x'.center(0) + ']', '[' + 'x'.center(-3) + ']')
for s in ['42', '-42', '+42', '', '3.14', '-', 'abc', '--1', '0042']:
    print(repr(s), s.zfill(5), s.zfill(1))
print('é'.center(5, 'é'), '😀'.rjust(3, '·'), 'ab'.ljust(4, '\u3000') + '|')
for args in [(5, 'ab'), (5, ''), ('5',), (5, 1)]:
    try:
        'x'.center(*args)
    except TypeError as e:
        print('TypeError:', e)
print(b'ab'.center(6, b'-'), b'7'.zfill(3), b'-7'.zfill(4), bytearray(b'x').rjust(3))
