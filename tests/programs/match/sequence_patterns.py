# Sequence patterns: fixed length, star captures, nesting, which types count as sequences (not str/bytes/dict).
def shape(x):
    match x:
        case []:
            return 'empty'
        case [one]:
            return f'one item {one!r}'
        case [first, second]:
            return f'pair {first!r},{second!r}'
        case [0, *rest]:
            return f'starts with 0, rest {rest}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} middle {middle}'
        case (a, b, c):
            return f'triple {a} {b} {c} (list or tuple)'
        case [*_, 'end']:
            return 'ends with end'
        case _:
            return f'no sequence match for {type(x).__name__}'
for v in [[], [1], (1,), [1, 2], [0, 1, 2, 3], [1, 2, 3, 4, 5, 6], [1, 2, 3], (4, 5, 6), 'abc', b'xyz', bytearray(b'ab'),
          range(3), {'a': 1}, [9, 9, 9, 'end'], iter([1]), {1, 2}, memoryview(b'ab')]:
    label = repr(v) if not isinstance(v, memoryview) and not hasattr(v, '__next__') else type(v).__name__
    print(label, '->', shape(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match (1, 2, 3):
    case [*all_items]:
        print('star captures a list:', all_items, type(all_items).__name__)
import collections.abc
match collections.deque([1, 2]):
    case [x, y]:
        print('deque is a sequence', x, y)
class MySeq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
match MySeq():
    case [p, q]:
        print('registered Sequence matches', p, q)
