# yield from: delegation of values, send, throw, close; result value; from iterables and generators.
def sub():
    received = yield 'sub 1'
    print('sub received', received)
    try:
        yield 'sub 2'
    except KeyError as e:
        print('sub caught', repr(e))
        yield 'sub handled'
    return 'sub result'

def outer():
    result = yield from sub()
    print('outer got result', result)
    yield from range(2)
    yield from 'ab'
    return 'outer done'

g = outer()
print(next(g))
print(g.send('hello'))
print(g.throw(KeyError('k')))
print(list(g))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'}, 'yz')))

def inner_close():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally on close')
def outer_close():
    try:
        yield from inner_close()
    finally:
        print('outer finally on close')
g = outer_close()
next(g)
g.close()

def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
print(list(tree((1, [(2, [(4, [])]), (3, [])]))))

def delegating_send():
    total = yield from accumulator()
    yield f'total {total}'
def accumulator():
    total = 0
    while (x := (yield total)) is not None:
        total += x
    return total
g = delegating_send()
next(g)
for x in (1, 2, 3):
    g.send(x)
print(g.send(None))

def throw_unhandled():
    yield from iter([1, 2])
g = throw_unhandled()
next(g)
try:
    g.throw(ValueError('through iterator'))
except ValueError as e:
    print('iterator without throw:', e)
