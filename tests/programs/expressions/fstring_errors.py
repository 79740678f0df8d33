# f-string errors: bad conversions and expressions are SyntaxErrors at compile time; runtime errors propagate.
cases = [
    "f'{x!z}'", "f'{}'", "f'{ }'", "f'{x'", "f'}'", "f'{x!}'", "f'{x=!}'", "f'{!r}'",
    "f'{x:{y:{z}}}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'",
]
for src in cases:
    try:
        compile(src, '<fstring>', 'eval')
        print('compiled:', src)
    except SyntaxError as e:
        print(f'{src:22} SyntaxError: {e.msg} (offset {e.offset})')
try:
    f'{undefined_name}'
except NameError as e:
    print(e)
try:
    f'{1 / 0}'
except ZeroDivisionError as e:
    print(e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    f'{Bad()}'
except TypeError as e:
    print(e)
