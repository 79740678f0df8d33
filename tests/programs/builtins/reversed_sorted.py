# reversed() over sequences and __reversed__ objects (and its TypeError), sorted() with key/reverse on many iterables
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))), list(reversed(range(4))), list(reversed({'a': 1, 'b': 2})))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Custom())), list(reversed(SeqOnly())), ''.join(reversed('stressed')))
for obj in [{1, 2}, iter([1]), 5, (x for x in 'ab')]:
    try:
        reversed(obj)
    except TypeError as e:
        print('TypeError:', e)
class NoReverse:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoReverse())
except TypeError as e:
    print('TypeError:', e)
print(sorted([3, 1, 2]), sorted('bca'), sorted({3: 'c', 1: 'a'}), sorted({5, 3, 4}), sorted(x % 4 for x in range(8)), sorted(range(3), reverse=True))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r))
