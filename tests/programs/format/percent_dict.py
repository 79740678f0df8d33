# printf-style % with a mapping argument: named fields, repeated keys, missing keys and mixing errors
d = {'name': 'ftpy', 'version': 3.14, 'n': 7, 'paren(key)': 'odd'}
print('%(name)s v%(version)s has %(n)d items, %(n)03d again' % d)
print('%(name)r %(version).1f %(n)x %(n)#o' % d)
print('%(paren(key))s' % d)
print('%(a)s' % {'a': 1, 'b': 2}, 'no fields' % {'a': 1}, '%%(a)s' % {})
class M(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('%(x)s %(y)s' % M(x='X'))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print('%(abc)s-%(def)s' % Mapping())
for fmt, arg in [('%(missing)s', {}), ('%(a)s %s', {'a': 1}), ('%(a', {'a': 1}), ('%(a)*d', {'a': 1}),
                 ('%(a)s', ('a',)), ('%(a)s', 5)]:
    try:
        print(repr(fmt % arg))
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 5})
