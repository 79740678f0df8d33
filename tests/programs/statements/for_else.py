# for loops: else clause, break/continue, iteration over many iterables, targets, loop variable after loop.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()

for x in []:
    pass
else:
    print('else on empty')

for i in range(5):
    if i == 3:
        continue
    print(i, end=',')
print(' last i =', i)

for ch in 'héllo':
    print(ch, end='|')
print()
for k in {'b': 1, 'a': 2}:
    print(k, end=' ')
print()
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a + b)

class Obj: pass
o = Obj()
d = {}
lst = [0, 0, 0]
for o.attr in range(2):
    pass
for d['key'] in 'pq':
    pass
for i, lst[i] in enumerate('abc'):
    pass
print(o.attr, d, lst)

# Mutating a list while iterating over it.
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)

try:
    for x in 5:
        pass
except TypeError as e:
    print(e)

result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        result.append((a, b))
print(result)
