# Traceback carets for an expression spanning several lines (a call with arguments on separate lines).
def combine(first, second, third):
    return first + second + third
result = combine(
    'a',
    'b',
    3,
)
