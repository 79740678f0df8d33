# Evaluation order: right-hand side first, then targets left to right; subscripts and attributes.
log = []
class Target:
    def __init__(self, name): object.__setattr__(self, 'name', name)
    def __setitem__(self, k, v): log.append(f'{self.name}[{k}] = {v}')
    def __setattr__(self, k, v): log.append(f'{self.name}.{k} = {v}')

def t(name):
    log.append(f'eval {name}')
    return Target(name)
def val(v):
    log.append(f'value {v}')
    return v

t('a')[val(0)], t('b').attr = val(1), val(2)
print(log)
log.clear()

# Dict display evaluates key then value, left to right.
d = {val('k1'): val('v1'), val('k2'): val('v2')}
print(log)
log.clear()

# Function call: function, then positional args, then keyword args.
def fn(*a, **k): return a, k
def getf():
    log.append('function')
    return fn
getf()(val(1), val(2), x=val(3), *[val(4)], **{'y': val(5)})
print(log)
log.clear()

# Binary operators: left operand before right; comparison chains evaluate middle once.
r = val(1) + val(2) * val(3)
print(r, log)
log.clear()
print(val(1) < val(2) < val(3), log)
log.clear()
print(val(3) < val(2) < val(1), log)
