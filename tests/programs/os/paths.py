# os.path (posixpath) on real files: exists/isfile/isdir/islink, getsize, realpath, abspath, relpath, and pure path functions
# ftpy-expect: native
import os, os.path as p

d = 'os_paths_tmp'
os.mkdir(d)
fd = os.open(p.join(d, 'file.py'), os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b'x = 1\n')
os.close(fd)
os.symlink('file.py', p.join(d, 'ln'))
os.symlink('missing', p.join(d, 'dangling'))
for name in ('file.py', 'ln', 'dangling', 'nothing', ''):
    q = p.join(d, name)
    print(repr(name), p.exists(q), p.lexists(q), p.isfile(q), p.isdir(q), p.islink(q), p.ismount(q))
print(p.getsize(p.join(d, 'file.py')), p.getmtime(p.join(d, 'file.py')) > 0, type(p.getatime(d)).__name__)
print(p.relpath(p.realpath(p.join(d, 'ln')), p.realpath('.')))
print(p.abspath(d) == p.join(os.getcwd(), d), p.isabs(p.abspath(d)), p.relpath(p.abspath(d)))
print(p.commonpath([p.abspath(d), p.abspath(p.join(d, 'x'))]) == p.abspath(d))
print(p.split('/a/b/c.txt'), p.splitext('x/y.tar.gz'), p.basename('/a/b/'), p.dirname('/a/b/'))
print(p.normpath('/a//b/../c/./d'), p.normpath(''), p.normpath('../../x'), p.join('a', '/b', 'c'))
print(p.expanduser('~x/y') if False else p.splitroot('//a/b'), p.commonprefix(['/ab/c', '/ab/d']))
print(p.join(b'a', b'b'), p.normpath(b'a/./b'), p.splitext(b'a.b'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.unlink(p.join(d, name))
os.rmdir(d)
print(p.exists(d))
