# A program that does not compile: only the SyntaxError is printed (no traceback header), nothing runs.
print('this line never runs')
def broken(:
    pass
