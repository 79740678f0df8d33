# builtin exception objects: args, str/repr forms, class hierarchy, with_traceback/__traceback__, add_note and notes display
e = ValueError('bad', 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError('one')), repr(OSError(12345, 'No such')))
print([c.__name__ for c in ZeroDivisionError.__mro__], issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(UnicodeDecodeError, ValueError), IOError is OSError)
import errno
o = OSError(errno.ENOENT, 'No such file', 'f.txt')
print(o.errno == errno.ENOENT, o.strerror, o.filename, type(o).__name__, type(OSError(errno.EEXIST, 'x')).__name__)
print(str(OSError(12345, 'Custom', 'f.txt')), str(OSError(12345, 'Custom', 'a', None, 'b')), str(OSError('just message')))
print(type(OSError(12345, 'x')).__name__)
s = StopIteration(5)
print(s.value, SystemExit(3).code, SystemExit().code, KeyError('k').args, str(KeyError('k')))
try:
    raise TypeError('with note')
except TypeError as err:
    err.add_note('first note')
    err.add_note('second note')
    print(err.__notes__)
    import traceback
    print(''.join(traceback.format_exception_only(err)), end='')
try:
    1 / 0
except ZeroDivisionError as err:
    print(err.__traceback__ is not None, err.__traceback__.tb_lineno, err.__context__, err.__cause__, err.__suppress_context__)
ex = RuntimeError('x')
print(ex.with_traceback(None) is ex, ex.__traceback__)
print(BaseException.__subclasses__()[:0], len(Exception.__subclasses__()) > 10)
try:
    raise ValueError('unnoted')
except ValueError as err:
    try:
        err.add_note(5)
    except TypeError as t:
        print('TypeError:', t)
