# uncaught exceptions of a user-defined class: str() of args, class qualname in the last traceback line, exit status 1
class ValidationError(ValueError):
    pass
class Validator:
    class Problem(Exception):
        def __str__(self):
            return f'problem with {self.args[0]!r} (code {self.args[1]})'
def check(v):
    if v < 0:
        raise ValidationError('negative value', v)
    if v > 100:
        raise Validator.Problem(v, 42)
    return v
print(check(5))
try:
    check(-1)
except ValueError as e:
    print('caught', type(e).__name__, e, e.args)
check(500)
