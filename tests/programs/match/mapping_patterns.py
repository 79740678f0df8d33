# Mapping patterns: required keys, extra keys allowed, **rest, value patterns as keys, get() protocol.
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k!r} with extra {rest}'
        case {'type': 'scroll', 'delta': int() | float() as d} if d != 0:
            return f'scroll {d}'
        case {}:
            return f'some mapping with keys {sorted(event)}'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (3, 4), 'button': 1}, {'type': 'key', 'key': 'a', 'mods': ['shift'], 'time': 5},
          {'type': 'scroll', 'delta': 0}, {'type': 'scroll', 'delta': 2.5}, {'type': 'click', 'pos': [1]}, {}, [('type', 'x')]]:
    print(handle(e))
class Keys:
    RED = 'red'
match {'red': 1, 'blue': 2}:
    case {Keys.RED: value, **others}:
        print('value-pattern key', value, others)
import collections.abc
class Tracking(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print('  get', k)
        return self.d.get(k, default)
match Tracking({'a': 1, 'b': 2}):
    case {'a': 1, 'b': b}:
        print('custom Mapping matched with b =', b)
match collections.defaultdict(int, {'x': 1}):
    case {'missing': _}:
        print('not reached: defaultdict does not create keys')
    case {'x': x}:
        print('defaultdict x =', x)
for src in ["match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
            "match x:\n    case {**_}:\n        pass\n"]:
    try:
        compile(src, '<m>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
