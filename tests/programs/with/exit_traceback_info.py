# __exit__ receives the live exception and traceback; reraise semantics when __exit__ returns None; nested managers.
import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        if typ is None:
            print('clean exit')
            return
        frames = []
        while tb:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('exit saw', typ.__name__, repr(value), 'frames', frames, 'sys.exception is value:', sys.exception() is value)
def failing():
    raise KeyError('from failing')
with Inspect():
    pass
try:
    with Inspect():
        failing()
except KeyError as e:
    print('propagated', repr(e))
class Replace:
    def __enter__(self): return self
    def __exit__(self, typ, value, tb):
        if typ is ValueError:
            raise TypeError('replaced in __exit__') from value
try:
    with Replace():
        raise ValueError('original')
except TypeError as e:
    print(repr(e), 'cause:', repr(e.__cause__), 'context:', repr(e.__context__))
def generator_with():
    with Inspect():
        yield 'inside with'
g = generator_with()
next(g)
try:
    g.throw(IndexError('thrown into generator'))
except IndexError:
    print('IndexError came back out')
