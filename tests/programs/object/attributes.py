# attribute protocol on plain objects: __dict__, setattr/getattr/delattr, AttributeError messages, object() has no __dict__
class C:
    cls_attr = 'class'
c = C()
c.x = 1
setattr(c, 'y', 2)
print(c.__dict__, c.x, getattr(c, 'y'), c.cls_attr, getattr(c, 'zz', 'default'), hasattr(c, 'x'), hasattr(c, 'q'))
c.cls_attr = 'instance'
print(c.cls_attr, C.cls_attr, c.__dict__)
del c.cls_attr
print(c.cls_attr)
delattr(c, 'x')
print(c.__dict__)
for stmt in ['c.missing', 'del c.missing', 'C.missing', 'object().x = 1', 'object().__dict__', "setattr(c, 1, 2)", "getattr(c, 'x')"]:
    try:
        exec(stmt)
    except (AttributeError, TypeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
c.__dict__['direct'] = 'via dict'
print(c.direct, vars(c))
c.__dict__ = {'replaced': True}
print(c.replaced, hasattr(c, 'y'))
try:
    c.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
try:
    c.__class__ = int
except TypeError as e:
    print('TypeError:', e)
class D:
    pass
c.__class__ = D
print(type(c).__name__, isinstance(c, D))
