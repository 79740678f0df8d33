# if/elif/else chains: first true branch wins, truthiness of many objects, nesting.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

print([classify(n) for n in (-5, 0, 3, 42, 1000)])

calls = []
def t(name, value):
    calls.append(name)
    return value
if t('a', 0):
    pass
elif t('b', ''):
    pass
elif t('c', [0]):
    calls.append('c taken')
elif t('d', 1):
    pass
print(calls)

for value in [0, 0.0, 0j, '', b'', [], (), {}, set(), range(0), None, False,
              1, -1, 'x', [0], (None,), {0: 0}, {0}, range(1), True, float('nan')]:
    if value:
        r = 'truthy'
    else:
        r = 'falsy'
    print(repr(value), r)

x = 7
if x > 5:
    if x > 6:
        print('nested both')
    else:
        print('outer only')
if x: print('one-line if')
