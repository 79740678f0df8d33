# A suspended generator is closed (GeneratorExit, finally runs) as soon as its last reference goes (CPython refcounting).
def with_finally(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit in', tag)
        raise
    finally:
        print('finally', tag)

g = with_finally('del')
next(g)
del g
print('after del')

g = with_finally('rebind')
next(g)
g = None
print('after rebind')

def use():
    local = with_finally('function local')
    next(local)
    return 'returning'
print(use())
print('after function')

g = with_finally('never started')
del g
print('unstarted generator: no finally')
