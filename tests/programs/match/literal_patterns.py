# match with literal patterns: numbers, strings, None/True/False (identity), negative and complex literals.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case -2 + 3j:
            return 'complex'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case 'multi' 'part':
            return 'concatenated string'
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case _:
            return f'other {x!r}'
for v in [0, 0.0, False, 1, True, 2, -1, 1.5, -2 + 3j, 'hello', b'bytes', 'multipart', None, 'x', [], 1.0]:
    print(repr(v), '->', describe(v))
