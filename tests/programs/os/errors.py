# os errors: OSError subclasses with errno/strerror/filename(s), path argument type errors, fspath rules
# ftpy-expect: native
import os, errno

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
        if isinstance(e, OSError):
            print('  ', e.errno, errno.errorcode.get(e.errno), repr(e.strerror), repr(e.filename), repr(e.filename2))
    else:
        print(f.__name__, 'ok', r)

show(os.stat, 'no_such_file')
show(os.stat, b'no_such_file')
show(os.lstat, 'no/such/dir')
show(os.listdir, 'no_such_dir')
show(os.scandir, 'no_such_dir')
show(os.rmdir, 'no_such_dir')
show(os.unlink, 'no_such_file')
show(os.remove, 'no_such_file')
show(os.rename, 'no_src', 'no_dst')
show(os.replace, 'no_src', 'no_dst')
show(os.link, 'no_src', 'no_dst')
show(os.readlink, 'no_such_link')
show(os.chdir, 'no_such_dir')
show(os.open, 'no_such_file', os.O_RDONLY)
show(os.mkdir, '.')
show(os.rmdir, '.')
show(os.readlink, '.')
show(os.chmod, 'no_such_file', 0o644)
show(os.utime, 'no_such_file')
show(os.truncate, 'no_such_file', 0)
show(os.close, 9999)
show(os.read, 9999, 1)
show(os.write, 9999, b'x')
show(os.fstat, 9999)
show(os.stat, 'a\0b')
show(os.stat, b'a\0b')
show(os.stat, 1.5)
show(os.stat, None)
show(os.listdir, 1.5)
show(os.listdir, ['x'])
show(os.rename, 1, 'x')
show(os.rename, 'x', [])
show(os.open, 'x', 'y')
show(os.write, 1, 'text')
show(os.fspath, 1)
show(os.fspath, None)
show(os.utime, 'x', (1,))
show(os.utime, 'x', (1, 2), ns=(1, 2))
show(os.utime, 'x', ns=1)
show(os.strerror, 'x')
show(os.urandom, -1)
show(os.putenv, 'a=b', 'c')
show(os.putenv, '', 'c')
show(os.unsetenv, 'a=b')
show(os.waitstatus_to_exitcode, 0x7f)
show(os.sysconf, 'no_such_name')
show(os.get_blocking, 9999)

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
    def __repr__(self): return f'P({self.p!r})'

print(os.fspath(P('a')), os.fspath(P(b'b')), os.fspath('s'), os.fspath(b'b'))
show(os.fspath, P(1))
show(os.stat, P(1))
show(os.stat, P('no_such_file'))
show(os.listdir, P(b'no_such_dir'))

class S(str): pass
class B(bytes): pass
print(os.fspath(S('x')).__class__.__name__, os.fspath(B(b'x')).__class__.__name__)
show(os.stat, S('no_such_file'))
show(os.stat, bytearray(b'x'))

e = OSError(errno.ENOENT, 'msg', 'f')
print(type(e).__name__, e, e.args)
print(os.error is OSError, issubclass(FileNotFoundError, os.error))
