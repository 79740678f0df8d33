# Closures over loop variables, nonlocal across several levels, cells shared between sibling closures.
def make_counter():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    def reset():
        nonlocal n
        n = 0
    return up, down, reset
up, down, reset = make_counter()
print(up(), up(), down(), up())
reset()
print(up())
def three_levels():
    value = 'level 1'
    def two():
        def three():
            nonlocal value
            value = 'changed at level 3'
        three()
        return value
    return two(), value
print(three_levels())
def loop_closures():
    closures = []
    for i in range(3):
        def show():
            return i
        closures.append(show)
    i = 'after loop'
    return [c() for c in closures]
print(loop_closures())
def accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc1, acc2 = accumulators(), accumulators()
acc1(5); acc1(5); acc2(1)
print(acc1(0), acc2(0))
def cell_identity():
    x = 1
    def a(): return x
    def b(): return x
    return a.__closure__[0] is b.__closure__[0]
print(cell_identity())
def nonlocal_param(p):
    def set_p(v):
        nonlocal p
        p = v
    set_p('parameter rebound')
    return p
print(nonlocal_param('original'))
