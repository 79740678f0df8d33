# Generator return values: StopIteration.value, StopIteration raised inside becomes RuntimeError (PEP 479).
def gen():
    yield 1
    return 'the value'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again', repr(e), e.value)

def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print('empty', e.value, e.args)

def leaks_stopiteration():
    yield 1
    raise StopIteration('inner')
g = leaks_stopiteration()
next(g)
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print('RuntimeError:', e)

def ret_tuple():
    yield
    return 1, 2
g = ret_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
print(list(gen()))
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
