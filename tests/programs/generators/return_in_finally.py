# Generators with try/finally: finally runs on exhaustion, close and exceptions; return inside try sets StopIteration.
def gen(mode):
    try:
        yield 'first'
        if mode == 'raise':
            raise ValueError('inside generator')
        if mode == 'return':
            return 'early return value'
        yield 'second'
    finally:
        print(f'  finally ({mode})')
for mode in ('normal', 'return', 'raise'):
    g = gen(mode)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(f'StopIteration({e.value!r})')
    except ValueError as e:
        out.append(f'ValueError({e})')
    print(mode, out)
g = gen('close')
next(g)
g.close()
print('closed')
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
g = yield_in_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted after finally yield')
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
