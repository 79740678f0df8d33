# Exception attributes: __traceback__ presence and frames, with_traceback, args of specific exceptions.
import sys
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__, sys.exc_info()[2] is e.__traceback__)
e = ValueError('fresh')
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
e2 = KeyError('x').with_traceback(None)
print(e2.__traceback__)
try:
    raise e2.with_traceback(e.__traceback__)
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__traceback__.tb_next.tb_lineno)
try:
    int('12x')
except ValueError as v:
    print(v.args)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as u:
    print(u.encoding, repr(u.object), u.start, u.end, u.reason)
try:
    compile('x = (', 'fake.py', 'exec')
except SyntaxError as s:
    print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
try:
    import no_such_module_abc
except ModuleNotFoundError as m:
    print(m.name, m.path, m.msg)
try:
    raise SystemExit(5)
except SystemExit as s:
    print(s.code, s.args)
try:
    raise StopIteration('v')
except StopIteration as s:
    print(s.value)
try:
    {}.x
except AttributeError as a:
    print(a.name, type(a.obj).__name__)
try:
    undefined_name_xyz
except NameError as n:
    print(n.name)
print(BaseException().args, repr(BaseException('a', 1)), str(BaseException('only')))
