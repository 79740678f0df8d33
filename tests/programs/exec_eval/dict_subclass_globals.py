# exec/eval accept a dict subclass as globals; its __getitem__ serves name lookups (LOAD_NAME on non-exact dict locals).
class LengthDict(dict):
    def __getitem__(self, k):
        return len(k)
print(eval("a + word", LengthDict()))
d = LengthDict()
exec("x = 5\ny = x + zz", d)
print(dict.__getitem__(d, 'y'), sorted(k for k in dict.keys(d) if k != '__builtins__'))
class D(dict): pass
g = D(v=3)
exec("w = v * 2", g)
print(g['w'])

exec("def f(): return v", g)
print(g['f']())
