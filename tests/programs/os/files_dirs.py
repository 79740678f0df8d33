# os file and directory calls: makedirs, fd-level open/read/write, stat, listdir, scandir, symlinks, rename, walk, removal
# ftpy-expect: native
import os, stat

d = 'os_files_tmp'
os.makedirs(os.path.join(d, 'sub', 'deeper'))
os.makedirs(os.path.join(d, 'sub'), exist_ok=True)
fd = os.open(os.path.join(d, 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print('wrote', os.write(fd, b'hello world'), os.write(fd, bytearray(b'!')), os.write(fd, memoryview(b'\n')))
os.fsync(fd)
os.close(fd)
st = os.stat(os.path.join(d, 'f.txt'))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600, len(st), st.n_fields)
print(type(st.st_mtime).__name__, type(st[stat.ST_MTIME]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
print(os.stat(d).st_nlink >= 2, stat.S_ISDIR(os.stat(d).st_mode), stat.filemode(os.stat(d).st_mode)[0])

fd = os.open(os.path.join(d, 'f.txt'), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 4), os.lseek(fd, -6, os.SEEK_END), os.read(fd, 3), os.lseek(fd, 2, os.SEEK_CUR))
for args in ((fd, -1, os.SEEK_SET), (fd, 0, 9)):
    try:
        os.lseek(*args)
    except OSError as e:
        print(type(e).__name__, e)
print(os.fstat(fd).st_size, os.stat(fd).st_size, os.isatty(fd), os.get_blocking(fd), os.get_inheritable(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)

os.truncate(os.path.join(d, 'f.txt'), 5)
print(os.path.getsize(os.path.join(d, 'f.txt')))
fd = os.open(os.path.join(d, 'f.txt'), os.O_RDWR | os.O_APPEND)
os.write(fd, b'++')
os.ftruncate(fd, 6)
print(os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 100))
os.close(fd)

print(sorted(os.listdir(d)), sorted(os.listdir(os.fsencode(d))))
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e), e.inode() == os.stat(e.path).st_ino)
print([e.path for e in os.scandir(os.fsencode(d) + b'/')])
it = os.scandir(d)
print(type(it).__name__, type(next(it)).__name__)
it.close()
print(list(it))

dfd = os.open(d, os.O_RDONLY)
print(sorted(os.listdir(dfd)), sorted((e.name, e.path, e.is_file(), e.stat().st_size > 0) for e in os.scandir(dfd)))
print(os.scandir in os.supports_fd, os.listdir in os.supports_fd, os.stat in os.supports_fd)
os.close(dfd)
os.symlink('f.txt', os.path.join(d, 'link'))
print(os.readlink(os.path.join(d, 'link')), os.readlink(os.fsencode(os.path.join(d, 'link'))))
print(os.path.islink(os.path.join(d, 'link')), os.path.exists(os.path.join(d, 'link')), os.lstat(os.path.join(d, 'link')).st_size)
entries = {e.name: e for e in os.scandir(d)}
print(entries['link'].is_symlink(), entries['link'].is_file(), entries['link'].is_file(follow_symlinks=False))
print(entries['link'].stat().st_size, entries['link'].stat(follow_symlinks=False).st_size)

os.rename(os.path.join(d, 'f.txt'), os.path.join(d, 'g.txt'))
print(os.path.exists(os.path.join(d, 'link')), os.path.lexists(os.path.join(d, 'link')))
os.replace(os.path.join(d, 'g.txt'), os.path.join(d, 'h.txt'))
os.link(os.path.join(d, 'h.txt'), os.path.join(d, 'hard'))
print(os.stat(os.path.join(d, 'hard')).st_nlink, os.path.samefile(os.path.join(d, 'h.txt'), os.path.join(d, 'hard')))
os.chmod(os.path.join(d, 'h.txt'), 0o600)
print(oct(stat.S_IMODE(os.stat(os.path.join(d, 'h.txt')).st_mode)))
os.utime(os.path.join(d, 'h.txt'), (1000000000, 1200000000.5))
st = os.stat(os.path.join(d, 'h.txt'))
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime(os.path.join(d, 'h.txt'), ns=(5 * 10**9, 7 * 10**9))
print(os.stat(os.path.join(d, 'h.txt')).st_mtime_ns)
print(os.access(os.path.join(d, 'h.txt'), os.R_OK | os.W_OK), os.access(os.path.join(d, 'nope'), os.F_OK))

for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.unlink(os.path.join(root, f))
    for x in dirs:
        os.rmdir(os.path.join(root, x))
os.rmdir(d)
print(os.path.exists(d))
os.makedirs(os.path.join(d, 'a', 'b'))
os.removedirs(os.path.join(d, 'a', 'b'))
print(os.path.exists(d))
cwd = os.getcwd()
os.mkdir(d)
os.chdir(d)
print(os.path.basename(os.getcwd()), os.getcwdb() == os.fsencode(os.getcwd()))
os.chdir('..')
print(os.getcwd() == cwd)
os.remove(os.path.join(d, '..', d, '..', d, 'x')) if False else os.rmdir(d)
