# Common loop idioms: enumerate/zip/reversed/range steps, loop-and-a-half, nested break flags, dict iteration safety.
names = ['ann', 'bob', 'cy']
ages = [31, 25]
for i, name in enumerate(names, 1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
for i in reversed(range(0, 10, 3)):
    print(i, end=' ')
print()
for i in range(10, 0, -4):
    print(i, end=' ')
print()
data = iter(['header', 'a', 'b', 'END', 'ignored'])
next(data)
while True:
    item = next(data)
    if item == 'END':
        break
    print('item', item)
print('after END:', list(data))
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            break
    else:
        continue
    break
print('found at', (r, c))
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['c'] = 3
except RuntimeError as e:
    print('RuntimeError:', e)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
total = 0
for n in range(1, 101):
    if n % 3 and n % 5:
        continue
    total += n
print(total)
for _ in range(0):
    print('never')
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')))
