# and/or return an operand (not bool), short-circuit evaluation, not always returns bool.
log = []
def v(x):
    log.append(repr(x))
    return x

for expr in ['v(0) and v(1)', 'v(2) and v(3)', 'v("") or v("default")', 'v("set") or v("default")',
             'v(0) or v(None) or v([])', 'v(1) and v(2) and v(3)', 'v(1) and v(0) and v(3)',
             'v([]) or v(0) and v(5)', 'not v(0)', 'not v("x")', 'v(None) and v(1) or v(2)']:
    log.clear()
    result = eval(expr)
    print(f'{expr:32} -> {result!r:10} evaluated {log}')

class Truthy:
    def __init__(self, name, value): self.name, self.value = name, value
    def __bool__(self):
        log.append('bool ' + self.name)
        return self.value
    def __repr__(self): return self.name

log.clear()
r = Truthy('A', False) or Truthy('B', True)
print(r, log)
log.clear()
r = Truthy('A', True) and Truthy('B', False)
print(r, log)
log.clear()
if Truthy('C', True) and Truthy('D', True):
    print('if with and:', log)

class BadBool:
    def __bool__(self): return 1
try:
    not BadBool()
except TypeError as e:
    print(e)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), LenOnly() or 'fallback')
