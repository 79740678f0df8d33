# assert with and without message; message evaluated lazily; AssertionError args.
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return 'passed'
    except AssertionError as e:
        return f'AssertionError args={e.args!r} str={str(e)!r}'

print(check(True))
print(check(1 == 1, 'never'))
print(check(False))
print(check(0, 'zero is falsy'))
print(check([], ['a', 'list', 'message']))
print(check('', 42))

evaluated = []
def msg():
    evaluated.append('msg')
    return 'computed'
assert True, msg()
print(evaluated)
try:
    assert False, msg()
except AssertionError as e:
    print(evaluated, e)

x = 5
try:
    assert x < 3, f'x too big: {x}'
except AssertionError as e:
    print(e)
print(__debug__)
