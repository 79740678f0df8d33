# UnboundLocalError: assignment anywhere in a function makes a name local for the whole body.
count = 10
def increment():
    try:
        count += 1
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(increment())
def read_then_assign():
    try:
        print(count)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    count = 5
    return count
print(read_then_assign())
def conditional_assign(flag):
    if flag:
        value = 'set'
    try:
        return value
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(conditional_assign(True), '|', conditional_assign(False))
def deleted():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(deleted())
def import_makes_local():
    try:
        os
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    import os
    return os.sep
print(import_makes_local())
def for_target_local():
    try:
        item
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    for item in [1]:
        pass
    return item
print(for_target_local())
def free_var():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    captured = 'now bound'
    return inner()
print(free_var())
print(issubclass(UnboundLocalError, NameError))
