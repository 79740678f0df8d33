# Generator state: gi_running/gi_frame/gi_suspended, ValueError when re-entered, finally after break.
import inspect
def gen():
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g), g.gi_suspended)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno)
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame)

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)

def self_state():
    yield inspect.getgeneratorstate(me2)
me2 = self_state()
print(next(me2))

def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)
for x in with_finally('loop break'):
    break
print('after loop')
print(gen.__code__.co_flags & 0x20 != 0, inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
g = gen()
print(g.gi_code is gen.__code__, g.gi_yieldfrom)
