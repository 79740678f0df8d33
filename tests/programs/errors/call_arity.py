# TypeError messages for wrong argument counts and keywords on builtins, methods, and Python functions
calls = ['len()', 'len(1, 2)', 'abs(x=1)', 'divmod(1)', 'isinstance(1)', 'getattr()', "'a'.upper(1)", "'a'.split(1, 2, 3)",
         '[].append()', '[].insert(1)', '{}.get()', 'int(1, 2, 3)', "int('1', bas=2)", 'str(1, 2, 3, 4)', 'range()', 'ord()',
         'chr(1, 2)', 'print(sep=1, end=2, sepp=3)', 'sorted()', 'sorted([], 1)', 'max()', "'x'.join()", 'round()', 'hash()',
         'dict(1, 2)', 'list.append([])', 'str.upper()', 'object(1)', 'min(1, key=len, kye=1)', 'zip(1, strict=1, x=1)']
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print(f'{c:<30} {e}')
def f(a, b, /, c, *, d):
    pass
def g(x, y=1, *args, z, **kw):
    pass
for c in ['f()', 'f(1)', 'f(1, 2)', 'f(1, 2, 3)', 'f(1, 2, 3, 4)', 'f(a=1, b=2, c=3, d=4)', 'f(1, 2, c=3, d=4, e=5)',
          'f(1, 2, 3, d=4, c=5)', 'g()', 'g(1)', 'g(1, x=2, z=3)', 'g(z=1)', '(lambda: 0)(1)', '(lambda *, k: k)()']:
    try:
        eval(c)
    except TypeError as e:
        print(f'{c:<30} {e}')
class K:
    def m(self, a):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls, x):
        pass
for c in ['K().m()', 'K().m(1, 2)', 'K.m(1)', 'K.s(1)', 'K.c()', 'K().c(1, 2)', 'K(1)']:
    try:
        eval(c)
    except TypeError as e:
        print(f'{c:<30} {e}')
