# json dumps/loads round trips: nesting, unicode, floats, indent/sort_keys, custom default, errors with positions.
import json
data = {'name': 'Zoë', 'values': [1, 2.5, -0.0, 1e100, True, None], 'nested': {'empty': [], 'obj': {}}, 'emoji': '😀'}
text = json.dumps(data)
print(text)
print(json.loads(text) == data)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps({'b': [1, {'c': 2}], 'a': None}, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps('tab\t"quote"'))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: {'x': o.x, 'y': o.y, 'type': type(o).__name__}))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print('TypeError:', e)
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f'{bad!r}: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})')
print(json.loads('[1.0, 1e3, -5, "\\u00e9"]'), json.loads('{"k": 1, "k": 2}'))
print(json.dumps(float('inf')), json.loads('NaN'))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
