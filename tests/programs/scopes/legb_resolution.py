# LEGB name resolution: local, enclosing, global, builtins; shadowing builtins and restoring them.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def reads_global():
    return x
print(reads_global())
print(len('abc'))
len = lambda s: 'shadowed len'
print(len('abc'))
del len
print(len('abc'))
import builtins
builtins.custom_builtin = 'visible everywhere'
print(custom_builtin)
def uses_builtin():
    return custom_builtin
print(uses_builtin())
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(e)
def shadow_in_function():
    print = lambda *a: 'never printed'
    return print('x')
print(shadow_in_function())
def late_global():
    return defined_later
defined_later = 'defined after the function'
print(late_global())
