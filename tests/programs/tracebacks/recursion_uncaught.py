# Uncaught RecursionError: the traceback collapses repeated frames ("[Previous line repeated N more times]").
def countdown(n):
    return countdown(n - 1) + 1
print('starting')
countdown(10)
