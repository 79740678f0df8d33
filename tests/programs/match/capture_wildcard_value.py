# Capture patterns, the wildcard, and value patterns (dotted names) vs plain names that capture.
import enum
class Color(enum.Enum):
    RED = 'r'
    GREEN = 'g'
class Consts:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return 'value pattern Color.RED'
        case Consts.LIMIT:
            return 'equal to Consts.LIMIT'
        case str() as s if len(s) > 3:
            return f'long string captured as {s!r}'
        case other:
            return f'captured {other!r}'
for v in [Color.RED, Color.GREEN, 10, 10.0, 'abcd', 'ab']:
    print(check(v))
LIMIT = 99
match 5:
    case LIMIT:
        print('a bare name always captures: LIMIT is now', LIMIT)
match 'anything':
    case _:
        print('wildcard matched; _ bound?', '_' in dir())
for src in ['match x:\n    case a:\n        pass\n    case b:\n        pass\n',
            'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case a.b():\n        pass\n',
            'match x:\n    case f():\n        pass\n',
            'match x:\n    case 1 + 1:\n        pass\n']:
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
