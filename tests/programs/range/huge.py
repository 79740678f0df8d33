# huge ranges: membership, indexing and slicing work with arbitrary-size ints; len() raises OverflowError beyond sys.maxsize
import sys
r = range(10 ** 30)
print(r[10 ** 29], 10 ** 29 in r, -1 in r, 10 ** 30 in r, r.index(12345), r.count(10 ** 30 - 1), r[-1] == 10 ** 30 - 1)
print(r[::-1][0] == 10 ** 30 - 1, bool(r), r.start, r.stop, r.step, repr(r[10 ** 29:10 ** 29 + 3]))
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
small = range(sys.maxsize)
print(len(small) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print('OverflowError:', e)
big_step = range(0, 10 ** 50, 10 ** 48)
print(len(big_step), list(big_step)[:2], big_step[-1] == 99 * 10 ** 48, 10 ** 49 in big_step, 10 ** 49 + 1 in big_step)
it = iter(range(10 ** 30 - 2, 10 ** 30))
print(list(it))
