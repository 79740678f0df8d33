# range: len/index/count/contains for positive and negative steps, empty ranges, equality by sequence, repr
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 2), range(-3, 3), range(0, -10, -3)]:
    print(repr(r), len(r), list(r), 4 in r, r.count(4), r.start, r.stop, r.step, bool(r))
r = range(3, 20, 4)
print(r.index(11), r.count(7), r[0], r[-1], r[2], 15 in r, 16 in r, 4.0 in r, 7.0 in r, True in range(2))
print(range(0) == range(5, 2), range(1, 4, 2) == range(1, 5, 2), range(3) == [0, 1, 2], range(2) != range(3))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 4, 2)) == hash(range(1, 5, 2)), str(range(1, 2, 1)), repr(range(1, 2, 2)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), sum(range(101)), max(range(7)), sorted(range(3, 0, -1)))
for stmt in ['range(1, 2, 0)', 'range(1.5)', "range('3')", 'range()', 'range(1, 2, 3, 4)', 'r.index(12)', 'range(3)[3]', 'range(3)[-4]', "range(3)['x']"]:
    try:
        exec(stmt)
    except (ValueError, TypeError, IndexError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), list(range(I())))
