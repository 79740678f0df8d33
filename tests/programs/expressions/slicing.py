# Indexing and slicing: negative indices, steps, out-of-range clamping, slice objects, errors.
s = 'abcdefghij'
lst = list(range(10))
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, -1),
           (8, 2, -2), (-1, -11, -1), (100, None, None), (-100, 3, None), (None, None, 3), (1, 9, 4),
           (5, 1, None), (None, None, -3), (0, 0, None)]:
    slc = slice(*sl)
    print(sl, repr(s[slc]), lst[slc])
print(s[-1], s[0], s[5], lst[-10])
for bad in [10, -11]:
    try:
        s[bad]
    except IndexError as e:
        print(e)
    try:
        lst[bad]
    except IndexError as e:
        print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    lst['1']
except TypeError as e:
    print(e)
try:
    s[1.5]
except TypeError as e:
    print(e)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[::2])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], list(r[::2]))
b = b'hello'
print(b[1], b[1:3], b[::-1])
class Seq:
    def __getitem__(self, item):
        return item
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[...], q[:, None])
lst2 = list(range(6))
lst2[1:3] = ['a', 'b', 'c']
print(lst2)
lst2[::2] = [0, 0, 0, 0][:len(lst2[::2])]
print(lst2)
try:
    lst2[::2] = [1]
except ValueError as e:
    print(e)
lst2[:] = []
print(lst2)
