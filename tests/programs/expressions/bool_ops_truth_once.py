# and/or/not test each operand's truth once, also nested and in if/while/assert/comprehension conditions.
class B:
    def __init__(self, v, n):
        self.v = v
        self.n = n
    def __bool__(self):
        print('  bool', self.n)
        return self.v
    def __repr__(self):
        return self.n

def t(label, f):
    print(label, f())

t(1, lambda: (B(False, 'a') and B(True, 'b')) or B(False, 'c'))
t(2, lambda: (B(True, 'a') and B(True, 'b')) or B(False, 'c'))
t(3, lambda: (B(True, 'a') or B(True, 'b')) and B(False, 'c'))
t(4, lambda: (B(False, 'a') or B(False, 'b')) and B(False, 'c'))
t(5, lambda: B(False, 'a') or (B(False, 'b') and B(True, 'c')) or B(True, 'd'))
t(6, lambda: not (B(False, 'a') or B(True, 'b')))
t(7, lambda: 1 if B(False, 'a') or B(True, 'b') else 2)
t(8, lambda: [x for x in range(3) if x and B(True, 'x')])
t(9, lambda: ((B(False, 'a') or B(False, 'b')) and B(True, 'c')) or B(False, 'd'))
t(10, lambda: B(True, 'a') and B(True, 'b') and B(False, 'c'))
if B(True, 'i') or B(True, 'j'):
    print('if taken')
while B(False, 'w') and B(True, 'v'):
    pass
assert B(True, 's') or B(True, 'u')
n = 0
while not (n > 1 and B(True, 'n')):
    n += 1
print('n', n)
