# TypeError messages for binary/unary operators on mismatched types, including reflected operands and augmented assignment
exprs = ["1 + 'a'", "'a' + 1", "[1] + (2,)", "(1,) + [2]", "1 - 'a'", "'a' * 'b'", "[] * []", "None + 1", "1 / 'x'", "1 // []",
         "1 % {}", "2 ** 'x'", "1 @ 2", "1 << 'a'", "1 & 2.0", "{} | []", "-'a'", "+[]", "~1.0", "~'x'", "1 < 'a'", "[] > {}",
         "None < None", "object() >= object()", "{1} < [1]", "b'a' + 'b'", "1 in 5", "'a' in 1", "divmod('a', 2)", "abs(None)"]
for e in exprs:
    try:
        eval(e)
    except TypeError as exc:
        print(f'{e:<22} {exc}')
for stmt in ["x = 1\nx += 'a'", "x = 'a'\nx -= 1", "x = [1]\nx *= 1.5", "x = (1,)\nx += [2]", "x = None\nx |= 1", "x = 1\nx @= 2"]:
    try:
        exec(stmt)
    except TypeError as exc:
        print(repr(stmt), exc)
class A:
    pass
class B:
    def __radd__(self, other):
        return 'B.__radd__'
    def __add__(self, other):
        return NotImplemented
print(1 + B(), 'x' + B(), A() + B())
try:
    B() + 1
except TypeError as exc:
    print(exc)
try:
    A() + A()
except TypeError as exc:
    print(exc)
