# str.format_map: uses the mapping directly (no copy), so dict subclasses with __missing__ and custom mappings work
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
print('{name} is {age}'.format_map(Default(name='Bob')))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world}'.format_map(Upper()))
print('{a[0]} {b.real}'.format_map({'a': 'xyz', 'b': 2j}))
class Counting(dict):
    lookups = 0
    def __getitem__(self, key):
        Counting.lookups += 1
        return super().__getitem__(key)
c = Counting(x=1)
print('{x}{x}{x}'.format_map(c), Counting.lookups)
for fmt, mapping in [('{}', {}), ('{0}', {'0': 'str zero'}), ('{missing}', {}), ('{x}', [1])]:
    try:
        print(repr(fmt.format_map(mapping)))
    except (ValueError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)
try:
    '{}'.format_map()
except TypeError as e:
    print('TypeError:', e)
