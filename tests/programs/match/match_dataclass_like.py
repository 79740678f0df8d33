# match over a small expression tree with class patterns: an evaluator and simplifier (no dataclasses).
class Num:
    __match_args__ = ('value',)
    def __init__(self, value): self.value = value
    def __repr__(self): return f'Num({self.value})'
class BinOp:
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
    def __repr__(self): return f'BinOp({self.op!r}, {self.left!r}, {self.right!r})'
class Neg:
    __match_args__ = ('operand',)
    def __init__(self, operand): self.operand = operand
    def __repr__(self): return f'Neg({self.operand!r})'
def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(x):
            return -evaluate(x)
        case BinOp('+', l, r):
            return evaluate(l) + evaluate(r)
        case BinOp('*', l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f'unknown operator {op!r}')
def simplify(e):
    match e:
        case BinOp('*', Num(0), _) | BinOp('*', _, Num(0)):
            return Num(0)
        case BinOp('*', Num(1), x) | BinOp('*', x, Num(1)):
            return simplify(x)
        case BinOp('+', Num(0), x) | BinOp('+', x, Num(0)):
            return simplify(x)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e
tree = BinOp('+', BinOp('*', Num(1), Neg(Neg(Num(7)))), BinOp('*', Num(3), Num(0)))
print(evaluate(tree))
print(simplify(tree))
print(simplify(BinOp('+', Num(0), BinOp('*', Num(2), Num(1)))))
try:
    evaluate(BinOp('/', Num(1), Num(2)))
except ValueError as e:
    print(e)
