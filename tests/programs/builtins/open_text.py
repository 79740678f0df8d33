# open() in text mode: write/read/append, encodings, newline translation modes, iteration, and common errors
import os
name = 'open_text_tmp.txt'
with open(name, 'w', encoding='utf-8') as f:
    print(f.write('héllo\n'), f.write('second line\r\nthird\rfourth'), f.name, f.mode, f.encoding, f.closed)
print(f.closed)
with open(name, encoding='utf-8') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8', newline='') as f:
    print(repr(f.read()))
with open(name, encoding='utf-8', newline='\r\n') as f:
    print(f.readlines())
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'a', encoding='utf-8') as f:
    f.write('\nappended')
with open(name, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(repr(f.readline()), [line.rstrip('\n') for line in f])
with open(name, 'w', encoding='latin-1', newline='\r\n') as f:
    f.write('ÿ\nline2\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
try:
    with open(name, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(name, 'r+', encoding='latin-1') as f:
    print(f.read(1), f.tell(), f.seek(0), f.write('Y'), f.seek(0), repr(f.read()))
with open(name, 'w') as f:
    pass
print(os.path.getsize(name))
import errno
try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    # errno numbers are platform-specific (Emscripten differs from Linux): compare symbolically
    print('FileNotFoundError', e.filename, e.errno == errno.ENOENT, e.strerror, isinstance(e, OSError))
for args in [(name, 'rw'), (name, 'z'), (name, 'rb', -1, 'utf-8')]:
    try:
        open(*args)
    except ValueError as e:
        print(type(e).__name__ + ':', e)
f = open(name, 'w', encoding='utf-8')
f.close()
try:
    f.write('x')
except ValueError as e:
    print('ValueError:', e)
os.remove(name)
print(os.path.exists(name))
