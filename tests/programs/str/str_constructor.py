# str(): conversion of many object kinds, __str__/__repr__ fallbacks, encoding arguments and errors
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class Both:
    def __repr__(self):
        return 'repr!'
    def __str__(self):
        return 'str!'
class BadStr:
    def __str__(self):
        return 42
print(str(), str(1), str(1.0), str(None), str(True), str([1, 'a']), str((1,)), str({1: 2}), str(1j))
print(str(OnlyRepr()), str(Both()), repr(Both()), f'{Both()}', f'{Both()!r}', '%s %r' % (Both(), Both()))
print(str(str), str(int), str(len), str(b'x'), str(bytearray(b'y')), str(range(3)), str(slice(1, 2)))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'ab\xff', 'ascii', 'replace'), str(object=7))
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
for args, kw in [((1, 'utf-8'), {}), (('abc', 'utf-8'), {}), ((b'x', 1), {}), ((), {'encoding': 'utf-8'})]:
    try:
        print(repr(str(*args, **kw)))
    except TypeError as e:
        print('TypeError:', e)
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
class MyStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
m = MyStr('shout')
print(m, type(m).__name__, m + '!', type(m + '!').__name__, m == 'SHOUT', isinstance(m, str), m.lower())
