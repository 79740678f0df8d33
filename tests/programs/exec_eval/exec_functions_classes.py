# Defining functions and classes with exec/eval; their __module__, __qualname__, globals binding, closures.
ns = {'__name__': 'generated_module'}
exec('''
class Widget:
    count = 0
    def __init__(self):
        Widget.count += 1
def make():
    return Widget()
''', ns)
w = ns['make']()
print(type(w).__name__, type(w).__module__, ns['Widget'].count, ns['make'].__module__)
print(ns['make'].__globals__ is ns)
ns2 = {}
exec('class K: pass', ns2)
print(ns2['K'].__module__)
adder = eval('lambda n: lambda x: x + n')(10)
print(adder(5), adder.__closure__[0].cell_contents)
exec('def recursive(n):\n    return 1 if n == 0 else n * recursive(n - 1)', ns)
print(ns['recursive'](10))
program = '''
results = []
for i in range(3):
    results.append(i * i)
'''
exec(program, ns)
print(ns['results'])
def exec_in_function():
    loc = {}
    exec('def inner():\n    return "inner result"', globals(), loc)
    return loc['inner']()
print(exec_in_function())
