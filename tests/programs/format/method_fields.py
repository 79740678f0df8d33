# str.format field names: automatic and manual numbering, keywords, attribute and index lookup, nested fields
class P:
    x = 3
    y = [10, 20]
    name = 'point'
data = {'a': 1, 'key': 'v', 0: 'zero-int', '0': 'zero-str'}
print('{} {} {}'.format('a', 'b', 'c'), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}{1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=7), '{0} and {kw}'.format('pos', kw='kw'))
print('{0.x} {0.y[1]} {p.name}'.format(P, p=P()), '{0[key]} {0[a]} {0[0]}'.format(data), '{d[0]}'.format(d=['list0']))
print('{0[-1]}'.format({'-1': 'str key -1'}), '{0[ spaced key ]}'.format({' spaced key ': 'ok'}))
print('{:{}}|{:>{w}}|{:{fill}^{w}}|{:.{p}f}'.format('a', 4, 'b', 'c', 3.14159, w=6, fill='*', p=2))
print('{0:{1}{2}}'.format(255, '#', 'x'), '{:{}{}{}}'.format(42, '+', '0', '8'))
print('{{}} {{{}}} {{0}}'.format('braces'), '{}}}'.format('x'), '{{{{{}}}}}'.format('deep'))
print('{0!r:>10}|{0!s:<10}|{0!a}'.format('é'), '{!r}'.format(1.5), '{0.real!r}'.format(3j))
print('{0[0]}{0[1]}'.format('hi'), '{0.__class__.__name__}'.format([]), '{.imag}'.format(2 + 5j))
print('{:}'.format(1), '{:s}'.format('s'), '{!s:}'.format(None), ''.format(1, 2, 3), '{}'.format(*['unpacked']))
print('{a}{b}'.format(**{'a': 1, 'b': 2}), '{0}{b}{1}'.format(*'xy', **{'b': '-'}))
