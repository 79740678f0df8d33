# The built-in exception hierarchy: base classes of common exceptions, catching by base class, OSError subclasses.
def chain(cls):
    return ' -> '.join(c.__name__ for c in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError,
            IndexError, ValueError, UnicodeDecodeError, TypeError, AttributeError, NameError, UnboundLocalError,
            RuntimeError, RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, OSError, FileNotFoundError, PermissionError, TimeoutError,
            ConnectionResetError, ImportError, ModuleNotFoundError, SyntaxError, IndentationError, TabError,
            AssertionError, EOFError, MemoryError, BufferError, Warning, DeprecationWarning, SyntaxWarning,
            UserWarning, ExceptionGroup, BaseExceptionGroup, PythonFinalizationError]:
    print(chain(cls))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
# errno numbers differ between platforms: only the mapping to subclasses is printed.
import errno
e = OSError(errno.ENOENT, 'No such file or directory')
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
e = OSError(errno.EACCES, 'Permission denied', 'f.txt')
print(type(e).__name__, str(e).endswith("Permission denied: 'f.txt'"))
print(type(OSError(errno.EAGAIN, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__, type(OSError(99999, 'x')).__name__)
print(type(OSError('just a message')).__name__, OSError('a', 'b', 'c', 'd', 'e').args)
for exc, catch in [(ZeroDivisionError(), ArithmeticError), (KeyError(), LookupError), (FileNotFoundError(), OSError),
                   (KeyboardInterrupt(), BaseException), (UnicodeEncodeError('ascii', 'é', 0, 1, 'x'), ValueError)]:
    try:
        raise exc
    except catch as caught:
        print(f'{type(caught).__name__} caught by {catch.__name__}')
try:
    try:
        raise SystemExit(3)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('SystemExit caught by BaseException, code', e.code)
