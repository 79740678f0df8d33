# __getitem__ receives slice objects (and tuples of them for multi-dimensional keys); Ellipsis passes through
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print('  set', key, value)
    def __delitem__(self, key):
        print('  del', key)
r = Recorder()
print(r[1], r[1:2], r[:], r[::], r[1:2:3], r[::-1], r[:, 1], r[1:2, ::3], r[...], r[..., 0], r['a':'b'])
print(type(r[:]).__name__, r[:].start, r[1:].stop, r[None:None:None])
r[1:3] = 'x'
r[::2, 5] = 'y'
del r[:4]
class Seq:
    def __len__(self):
        return 10
    def __getitem__(self, key):
        if isinstance(key, slice):
            return list(range(*key.indices(len(self))))
        if key >= len(self):
            raise IndexError(key)
        return key * 10
s = Seq()
print(s[2:5], s[::-3], s[-2:], s[3], list(s)[:4], 50 in s, list(reversed(s))[:3])
print(Ellipsis, ..., repr(...), ... is Ellipsis, type(...).__name__)
