# Generator throw() and close(): handling inside, GeneratorExit, finally blocks, RuntimeError on ignore.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside:', e)
        yield 'recovered'
    finally:
        print('gen finally')

g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('exhausted')

g = gen()
next(g)
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(g.gi_frame)

def closing():
    try:
        yield 'a'
    except GeneratorExit:
        print('GeneratorExit received')
        raise
g = closing()
next(g)
print(g.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'close value'
g = returns_on_close()
next(g)
print('close returns', g.close())

g = gen()
print('close unstarted:', g.close())
try:
    next(g)
except StopIteration:
    print('closed generator is exhausted')

g = gen()
try:
    g.throw(ValueError('before start'))
except ValueError as e:
    print('throw into unstarted raises at start:', e)

def typed():
    yield 1
g = typed()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print('throw class ok', repr(e))
