# locals() and globals() under PEP 667 (3.13+): locals() in functions is a snapshot; frame.f_locals is a write-through proxy.
import sys
def snapshot():
    x = 1
    loc = locals()
    loc['x'] = 99
    loc['new'] = 'added'
    return x, sorted(loc), locals() is loc
print(snapshot())
def proxy():
    x = 1
    frame = sys._getframe()
    fl = frame.f_locals
    fl['x'] = 42
    return x, type(fl).__name__, 'x' in fl
print(proxy())
def exec_cannot_set_locals():
    value = 'original'
    exec('value = "changed by exec"')
    return value
print(exec_cannot_set_locals())
def exec_with_locals_dict():
    ns = {}
    exec('created = 5', globals(), ns)
    return ns
print(exec_with_locals_dict())
print(globals() is sys.modules[__name__].__dict__, locals() is globals())
class C:
    a = 1
    inside = sorted(k for k in locals() if not k.startswith('__'))
print(C.inside)
def comprehension_locals():
    outer = 1
    return [sorted(locals()) for item in range(1)]
print(comprehension_locals())
def eval_sees_locals():
    hidden = 'local value'
    return eval('hidden'), eval('hidden', globals(), locals())
print(eval_sees_locals())
def nested_free():
    captured = 'free var'
    def inner():
        captured
        return locals()
    return inner()
print(nested_free())
