# _contextvars natives: Context, ContextVar, Token (context manager), copy_context, errors. ftpy-expect: native
import _contextvars as c
print([n for n in dir(c) if not n.startswith('__')])
print(c.Token.MISSING, c.ContextVar[int], c.Token[int])
v = c.ContextVar('v', default=1)
w = c.ContextVar('w')
print(v.name, v.get(), w.get(3), w.get(None))
t = v.set(5)
print(t.var is v, t.old_value, c.copy_context()[v], len(c.copy_context()), v.get())
t2 = v.set(6); print(t2.old_value, v.get()); v.reset(t2); print(v.get())
for e in ['w.get()', 'c.Context()[1]', 'c.Context(1)', 'c.ContextVar(1)', 'c.Context()[w]', 'v.reset(t2)', 'v.reset(1)', 'w.reset(t)',
          'hash(c.Context())', 'c.Token()', 'c.Context().run()', 'c.ContextVar("x", 1)']:
    try:
        r = eval(e)
        print(e, '=>', 'ok')
    except Exception as x:
        print(e, '->', type(x).__name__, str(x).split(' at 0x')[0])
ctx = c.Context()
print(ctx.run(lambda: (v.set(9), v.get())[1]), ctx[v], v.get(), list(ctx.items()) == [(v, 9)], ctx.get(w, 'd'), v in ctx, w in ctx)
print(list(ctx) == [v], list(ctx.keys()) == [v], list(ctx.values()), len(ctx))
def reenter():
    return ctx.run(lambda: 1)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' at ')[0])
with v.set(7) as tk:
    print(v.get(), type(tk).__name__)
print(v.get())
def in_other():
    t = v.set(100)
    return t
tok = c.copy_context().run(in_other)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[-1][-30:])
a = c.copy_context(); b = a.copy(); print(a == b, a == c.Context(), a != b)
print(c.Context().run(lambda *a, **k: (a, k), 1, 2, x=3))
print(c.Context().run(v.get), c.Context().run(lambda: w.get('no')))
r = repr(v); print(r.startswith("<ContextVar name='v' default=1 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
print(repr(t).startswith('<Token used var=<ContextVar') if False else repr(t).startswith('<Token var=<ContextVar'))
k = c.copy_context(); k.run(w.set, 2)
ks = k.keys(); print(type(ks).__name__, type(k.values()).__name__, type(k.items()).__name__, len(ks), set(ks) == {v, w}, type(iter(k)).__name__)
print(sorted(k.values()), len(k.items()), iter(ks) is ks)
