# return: implicit None, multiple values as a tuple, early return in loops, return in try/finally.
def nothing(): pass
def bare(): return
def multi(): return 1, 'two', [3]
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return 'none'
def in_try():
    try:
        return 'from try'
    finally:
        print('finally runs before return completes')
def returns_function():
    def inner():
        return 'inner'
    return inner
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(first_even([1, 3, 4, 6]), first_even([1]))
print(in_try())
print(returns_function()())
def value_of_finally_var():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed in finally'
print(value_of_finally_var())
def return_in_loop_with_else():
    for i in range(3):
        pass
    else:
        return 'from else', i
print(return_in_loop_with_else())
