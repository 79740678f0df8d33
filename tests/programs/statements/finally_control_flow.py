# return/break/continue inside finally (3.14 emits SyntaxWarning, PEP 765) and what they override.
def ret_overrides_exception():
    try:
        raise ValueError('swallowed')
    finally:
        return 'finally wins'

def ret_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f'broke at {i}'

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError('lost')
            seen.append(i)
        finally:
            continue
    return seen

print(ret_overrides_exception())
print(ret_overrides_return())
print(break_in_finally())
print(continue_in_finally())

# Nested functions or loops inside finally are fine: no warning for these.
def ok():
    try:
        pass
    finally:
        def inner():
            return 1
        for _ in range(1):
            break
    return inner()
print(ok())
