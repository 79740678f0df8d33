# getattr (with default), setattr, hasattr, delattr on instances, classes, modules and builtins, with error messages
import math
import types
mod = types.ModuleType('scratch')  # a private module: mutating math would leak into other programs
class Obj:
    cls = 'class-level'
o = Obj()
setattr(o, 'dyn', 42)
setattr(o, 'with space', 'odd name')
print(getattr(o, 'dyn'), getattr(o, 'cls'), getattr(o, 'nope', None), getattr(o, 'with space'), getattr(math, 'pi'))
print(hasattr(o, 'dyn'), hasattr(o, 'nope'), hasattr(Obj, 'cls'), hasattr(5, 'real'), hasattr(None, '__class__'))
delattr(o, 'dyn')
print(hasattr(o, 'dyn'), getattr(o, 'dyn', 'gone'))
setattr(Obj, 'added', 'to class')
print(o.added, getattr(Obj, '__name__'), getattr([], 'append').__name__, getattr(str, 'upper')('x'))
for call in [lambda: getattr(o, 'nope'), lambda: getattr(o, 5), lambda: getattr(o), lambda: setattr(o, 'a'), lambda: delattr(o, 'nope'),
             lambda: setattr(5, 'x', 1), lambda: delattr(Obj, 'cls2'), lambda: getattr(math, 'tau2'), lambda: hasattr(o, None),
             lambda: setattr(mod, 'pi', 3) or print('module attr set', mod.pi), lambda: delattr(int, 'real')]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
