# globals() is the live module namespace: writes create variables; vars() of modules; global in nested functions.
globals()['created'] = 'via globals()'
print(created)
def define(name, value):
    globals()[name] = value
define('dynamic', 42)
print(dynamic)
def nested_global():
    def inner():
        global from_inner
        from_inner = 'set in nested function'
    inner()
nested_global()
print(from_inner)
import sys
module = sys.modules[__name__]
print(module.created, vars(module) is globals())
x = 1
def modify_via_globals():
    globals()['x'] += 1
    return x
print(modify_via_globals(), x)
names = [n for n in globals() if not n.startswith('__')]
print(names)
del globals()['created']
print('created' in globals())
def shadow():
    x = 'local'
    return globals()['x'], x
print(shadow())
