# __index__: objects usable as ints in bin/hex/oct, sequence indexing, slicing, range and operator.index
import operator
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
seq = list(range(10))
i = Idx(3)
print(bin(i), oct(i), hex(i), operator.index(i))
print(seq[i], seq[Idx(-1)], seq[Idx(2):Idx(8):Idx(2)], 'abcdef'[Idx(1)])
print(list(range(Idx(5))), range(10)[Idx(4)], 'ab' * Idx(3), [0] * Idx(2))
print(int(i), complex(Idx(2)), float(Idx(2)))
print(format(1, 'd'), (7).__index__(), operator.index(True))
class NotIdx:
    pass
for expr in ['seq[NotIdx()]', 'bin(NotIdx())', 'operator.index(1.5)', "'ab' * 1.5", 'range(1.5)']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
class BadIdx:
    def __index__(self):
        return 1.5
try:
    operator.index(BadIdx())
except TypeError as e:
    print('TypeError:', e)
class Sub(int):
    pass
class SubIdx:
    def __index__(self):
        return Sub(4)
try:
    r = operator.index(SubIdx())
    print(type(r).__name__, r)
except Exception as e:
    print(type(e).__name__, e)
