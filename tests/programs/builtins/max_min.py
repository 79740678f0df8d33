# max() and min(): iterable vs positional forms, key=, default=, ties (first wins), and the error messages
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min('hello'), max('apple', 'pear', key=len), min([], default='empty'))
print(max([('a', 2), ('b', 2), ('c', 1)], key=lambda p: p[1]), min([('a', 2), ('b', 1), ('c', 1)], key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max(1, 1.0), min(1.0, 1), max([0, -0.0]), min([-0.0, 0]))
print(max(range(5), key=lambda x: -x), max({'a': 3, 'b': 7}, key={'a': 3, 'b': 7}.get), min(iter([4, 2, 8])), max([5], default=0))
print(max([], key=len, default=None), min((), default=[]), max('b', 'a', key=None), max([float('nan'), 1, 2]), max([1, float('nan'), 2]))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(5), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
             lambda: min(1, 2, key=5), lambda: max([1], bogus=1), lambda: min(None), lambda: max(1, 2, 3, default=None, key=None)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f'  {self.v} < {other.v}')
        return self.v < other.v
    def __gt__(self, other):
        print(f'  {self.v} > {other.v}')
        return self.v > other.v
print(max(Cmp(1), Cmp(3), Cmp(2)).v)
print(min(Cmp(1), Cmp(3), Cmp(2)).v)
