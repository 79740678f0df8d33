# mutating a dict/set while iterating raises RuntimeError; changing values of existing keys is allowed
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
d = {'a': 1, 'b': 2}
try:
    for k, v in d.items():
        d.pop('b', None)
        d['z'] = 26
except RuntimeError as e:
    print('RuntimeError:', e)
print('same size after pop+insert:', d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {1: 1}
try:
    for k in d.keys():
        d.clear()
        d[2] = 2
except RuntimeError as e:
    print('RuntimeError:', e)
print('same size after clear+insert:', d)
