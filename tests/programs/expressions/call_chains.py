# Mixed postfix chains a.b(c)[d].e: evaluation order, calls on results, subscripts of calls, methods of literals.
log = []
class Node:
    def __init__(self, name):
        self.name = name
    def __getattr__(self, attr):
        log.append(f'{self.name}.{attr}')
        return Node(f'{self.name}.{attr}')
    def __call__(self, *args):
        log.append(f'{self.name}({", ".join(map(str, args))})')
        return Node(f'{self.name}()')
    def __getitem__(self, key):
        log.append(f'{self.name}[{key}]')
        return Node(f'{self.name}[{key}]')
def arg(x):
    log.append(f'arg {x}')
    return x
root = Node('root')
result = root.a(arg(1)).b[arg(2)](arg(3), arg(4)).c
print(result.name)
print(log)
print('  hello  '.strip().upper().replace('L', '_').split('_'))
print([3, 1, 2].copy().__len__(), (1).__add__(2), 1.5.is_integer(), 'x'.join('abc')[::2])
print({'k': [10, 20]}['k'][-1].bit_length(), b'abc'.hex().upper())
print(''.join(reversed('stressed')), sorted('cab')[0].upper())
funcs = {'double': lambda x: x * 2, 'square': lambda x: x * x}
print(funcs['double'](funcs['square'](3)))
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1], [row[0] for row in matrix])
print((lambda: [lambda: 'deep'])()[0]())
print(type(print).__name__, print.__name__, len.__self__.__name__ if hasattr(len, '__self__') else None)
