# Default values are evaluated once, at def time; the mutable default pitfall and the None idiom.
counter = 0
def next_value():
    global counter
    counter += 1
    print('evaluating default', counter)
    return counter

def f(x=next_value()):
    return x
print('defined f')
print(f(), f(), f(10))

def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)

def append_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_fixed(1), append_fixed(2))

def kw(*, opts={}):
    opts[len(opts)] = True
    return opts
kw(); kw()
print(kw.__kwdefaults__)

x = 'first'
def late(v=x):
    return v
x = 'second'
print(late())

# __defaults__ can be replaced.
def g(a, b=1, c=2):
    return a, b, c
g.__defaults__ = (100, 200)
print(g(0))
g.__defaults__ = (7,)
print(g(0, 1))
try:
    g(0)
except TypeError as e:
    print(e)
g.__kwdefaults__ = None
print(g.__kwdefaults__)
def make(n):
    def inner(v=n * 2):
        return v
    return inner
print(make(1)(), make(5)())
