# an uncaught NameError for a misspelled local inside a function: the traceback suggests the close local name
def average(numbers):
    total_sum = sum(numbers)
    count = len(numbers)
    return total_summ / count
print(average([1, 2, 3]))
