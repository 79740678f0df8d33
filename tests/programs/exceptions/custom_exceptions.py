# Custom exception classes: args, __str__ and __repr__ defaults, extra attributes, __init__ without super().
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value
class CustomRepr(Exception):
    def __repr__(self):
        return 'CustomRepr!'
for exc in [AppError(), AppError('one'), AppError('a', 2), ValidationError('age', 'negative'), NoSuperInit(5),
            CustomRepr('x'), Exception(None), Exception(''), Exception([1, 2]), KeyError('k'), KeyError('a', 'b')]:
    print(f'{type(exc).__name__:16} args={exc.args!r:22} str={str(exc)!r:24} repr={exc!r}')
try:
    raise ValidationError('name', 'empty')
except AppError as e:
    print('caught as AppError:', e, e.field, isinstance(e, Exception))
e = AppError('x')
e.args = ('changed', 'args')
print(str(e), repr(e))
e.args = 'abc'
print(e.args)
class WithSlots(Exception):
    __slots__ = ('code',)
w = WithSlots('m')
w.code = 7
print(w.code, w.args)
class Kw(Exception):
    def __init__(self, *, code):
        super().__init__(f'code {code}')
        self.code = code
print(repr(Kw(code=3)), Kw(code=4).code)
try:
    Exception(x=1)
except TypeError as e:
    print(e)
print(BaseException.__new__(AppError).args)
