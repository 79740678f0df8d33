# match/case/_ are soft keywords: usable as ordinary names; match statement vs match expression statements.
match = [1, 2]
case = 'case value'
_ = 'underscore'
print(match, case, _)
match[0] = 10
print(match)
def match_fn(*a):
    return a
match_result = match_fn(1)
print(match_result)
match match:
    case [10, second]:
        print('matched on a variable named match, second =', second)
type = 'shadowing type is allowed too'
print(type)
del type
print(type(3).__name__)
match (case := 5):
    case 5:
        print('walrus in subject, case =', case)
match 1, 2:
    case a, b:
        print('tuple subject without parens', a, b)
match -3:
    case -3:
        print('negative literal')
