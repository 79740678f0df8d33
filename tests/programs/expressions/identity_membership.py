# is / is not / in / not in: identity of singletons, __contains__ fallback to __iter__ and __getitem__.
a = [1, 2, 3]
print(a is a, a is not a[:], a == a[:], None is None, ... is ..., NotImplemented is NotImplemented)
print(True is (1 == 1), type(True) is bool, () is (), '' == str())
class Contains:
    def __contains__(self, item):
        print('  __contains__', item)
        return item == 'yes'
class IterOnly:
    def __iter__(self):
        print('  __iter__')
        return iter([1, 2, 3])
class GetItemOnly:
    def __getitem__(self, i):
        print('  __getitem__', i)
        if i >= 3: raise IndexError
        return i * 10
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())
print(2 in IterOnly(), 5 in IterOnly())
print(10 in GetItemOnly(), 99 in GetItemOnly())
class ReturnsList:
    def __contains__(self, item): return [1]
print(1 in ReturnsList())
try:
    1 in object()
except TypeError as e:
    print(e)
print('ab' in 'cabd', '' in 'x', b'a' in b'abc', 97 in b'abc', 1 in {1: 'one'}, 'one' in {1: 'one'})
print(float('nan') in [float('nan')])
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in {nan})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), True in range(2))
try:
    [] in {1: 2}
except TypeError as e:
    print(e)
