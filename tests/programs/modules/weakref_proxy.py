# _weakref.proxy forwarding (attributes, operators, containers, calls), ReferenceError once dead; WeakSet
import _weakref, gc, _weakrefset

class C:
    def __init__(self): self.x = 5; self.items = [1, 2, 3]
    def m(self): return 'm'
    def __len__(self): return 3
    def __getitem__(self, i): return self.items[i]
    def __add__(self, o): return 'add'
    def __radd__(self, o): return 'radd'
    def __call__(self, *a): return ('called', a)
    def __iter__(self): return iter(self.items)
    def __eq__(self, o): return isinstance(o, C)
    __hash__ = None

class D:
    pass

def main():
    c = C()
    p = _weakref.proxy(c)
    print(type(p).__name__, p.x, p.m(), len(p), p[1], p + 1, 1 + p, p(1), list(p), p == c, 2 in p, bool(p))
    p.y = 7
    print(c.y)
    del p.y
    print(hasattr(c, 'y'))
    d = D()
    q = _weakref.proxy(d)
    print(type(q).__name__, q is _weakref.proxy(d), _weakref.getweakrefcount(d))
    try:
        next(q)
    except TypeError as e:
        print(e)
    del c, d
    gc.collect()
    try:
        p.x
    except ReferenceError as e:
        print(e)
    ws = _weakrefset.WeakSet()
    a, b = D(), D()
    ws.add(a)
    ws.add(b)
    print(len(ws), a in ws)
    del a
    gc.collect()
    print(len(ws))

main()
