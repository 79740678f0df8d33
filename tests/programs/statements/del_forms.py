# del statement: names, attributes, items, slices, tuples of targets, errors.
x = 1
del x
try:
    x
except NameError as e:
    print(e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)

class C:
    cls_attr = 1
obj = C()
obj.a = 1
del obj.a
try:
    del obj.a
except AttributeError as e:
    print(e)
del C.cls_attr
print(hasattr(C, 'cls_attr'))

a, b = 1, 2
del (a, b)
print('a' in dir(), 'b' in dir())
p, q = [1], [2]
del [p, q]
print('p' in globals())

def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())

log = []
class Item:
    def __delitem__(self, key):
        log.append(('delitem', key))
    def __delattr__(self, name):
        log.append(('delattr', name))
it = Item()
del it[1:2, ...], it.attr
print(log)
try:
    del lst[100]
except IndexError as e:
    print(e)
