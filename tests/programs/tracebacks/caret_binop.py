# Uncaught TypeError in a binary operation inside a larger expression: carets mark the operator.
def compute(a, b, c):
    return a * 2 + b / c - len(a)
print(compute(3, 4, 5.0) if False else 'skipped')
result = compute(1, 'two', 3)
