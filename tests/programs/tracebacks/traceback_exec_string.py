# Uncaught error in code run by exec/eval: frames from "<string>" and a named filename without source lines.
code = '''
def helper(x):
    return x[5]
helper([1, 2])
'''
try:
    exec(code)
except IndexError as e:
    print('caught once:', e)
# A fresh globals dict: no __loader__, so the traceback has no source line for generated.py.
exec(compile('value = 1 +\\\n  undefined_name', 'generated.py', 'exec'), {})
