# Chained assignment: evaluation order, shared object, targets assigned left to right.
log = []

class Rec:
    def __setattr__(self, name, value):
        log.append(('setattr', name, value))
        object.__setattr__(self, name, value)

class Box(dict):
    def __setitem__(self, key, value):
        log.append(('setitem', key, value))
        super().__setitem__(key, value)

def val():
    log.append('value')
    return [1, 2]

r = Rec()
b = Box()
a = r.x = b['k'] = c = val()
print(log)
print(a is c, a is r.x, a is b['k'])
a.append(3)
print(c, r.x, b)

x = y = z = 0
x += 1
print(x, y, z)

# Chained with unpacking targets in the chain.
p, q = s = t = (10, 20)
print(p, q, s, t)

def idx():
    log.append('idx')
    return 0

lst = [None, None]
log.clear()
lst[idx()] = lst[1] = val()
print(log, lst)
