# all() and any(): empty iterables, short-circuiting (observed through a generator), truthiness of items, errors
print(all([]), any([]), all([1, 'a', [0]]), all([1, 0]), any([0, '', None, 3]), any([0, '', None]), all('abc'), any(''))
consumed = []
def gen(items):
    for x in items:
        consumed.append(x)
        yield x
print(all(gen([1, 2, 0, 3, 4])), consumed)
consumed.clear()
print(any(gen([0, 0, 5, 6])), consumed)
it = iter([1, 0, 2, 3])
print(all(it), list(it))
it = iter([0, 7, 8])
print(any(it), list(it))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), type(any([1])).__name__, any([[]]), all([[]]))
class Bad:
    def __bool__(self):
        raise ValueError('no truth')
try:
    any([0, Bad()])
except ValueError as e:
    print('ValueError:', e)
for call in [lambda: all(5), lambda: any(None), lambda: all(), lambda: all([1], [2])]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
