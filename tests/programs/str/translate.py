# str.maketrans (1-, 2- and 3-argument forms) and translate with ints, strings, None and missing keys
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t2.items()), 'axbycz'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC', 'd': 100})
print(sorted(t3.items()), 'abcde'.translate(t3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({104: 'J', 111: '0'}), 'hello'.translate({}))
class Upper(dict):
    def __missing__(self, key):
        return chr(key).upper()
print('lazy'.translate(Upper()))
class Seq:
    def __getitem__(self, i):
        if i == ord('a'):
            return 'A'
        raise LookupError
print('banana'.translate(Seq()))
# (the messages for bad dict keys differ between 3.14 patch releases, so those cases are left out)
for args in [('ab', 'c'), (1,), ('a', 'b', 1)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for table in [{ord('a'): 1.5}, {ord('a'): 0x110000}, {ord('a'): -1}]:
    try:
        'a'.translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(len(bytes.maketrans(b'ab', b'AB')), bytes.maketrans(b'ab', b'AB')[95:100], b'abc'.translate(bytes.maketrans(b'ab', b'AB'), b'c'), b'xyz'.translate(None, b'y'))
