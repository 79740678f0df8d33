# Generator send(): priming with None, values flowing in and out, TypeError on non-None first send.
def echo():
    received = []
    value = yield 'ready'
    while value is not None:
        received.append(value)
        value = yield f'got {value}'
    return received

g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)

g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(e)

def running_average():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
avg = running_average()
next(avg)
print([avg.send(x) for x in (10, 20, 60)])

def accumulate():
    total = 0
    while True:
        total += yield total
acc = accumulate()
print(acc.send(None), acc.send(5), acc.send(10), next(acc) if False else acc.send(0))
g3 = echo()
print(g3.send(None), g3.gi_running, g3.gi_frame is not None)
g3.close()
print(g3.gi_frame)
try:
    g3.send('x')
except StopIteration as e:
    print('after close: StopIteration', e.value)
