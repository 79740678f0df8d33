# an uncaught TypeError from a binary operation inside nested calls: traceback frames, source lines and carets
def total(items):
    result = 0
    for item in items:
        result = result + item
    return result
def report(data):
    print('summing', data)
    return total(data)
print(report([1, 2, 3]))
print(report([1, 'two', 3]))
print('never printed')
