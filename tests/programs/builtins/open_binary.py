# open() in binary modes: bytes in/out, seek/tell, readinto, exclusive creation 'x', and type errors for str data
import os
name = 'open_binary_tmp.bin'
with open(name, 'wb') as f:
    print(f.write(b'\x00\x01\x02abc'), f.write(bytearray(b'\xff')), f.write(memoryview(b'MV')), f.tell(), f.mode)
with open(name, 'rb') as f:
    print(f.read(2), f.tell(), f.read(), f.read(), f.seek(-3, 2), f.read(1), f.seek(1), f.tell())
    buf = bytearray(4)
    print(f.readinto(buf), buf)
with open(name, 'ab') as f:
    f.write(b'\n2nd\n')
with open(name, 'rb') as f:
    print(f.readlines())
with open(name, 'r+b') as f:
    f.seek(3)
    f.write(b'ABC')
    f.seek(0)
    print(f.read())
try:
    open(name, 'xb')
except FileExistsError as e:
    import errno
    print('FileExistsError', e.filename, e.errno == errno.EEXIST, e.strerror)
with open(name, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError:', e)
with open(name, 'w', encoding='ascii') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError:', e)
    try:
        f.write('ü')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
try:
    open(name, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError:', e)
os.remove(name)
with open(name, 'xb') as f:
    f.write(b'new')
print(open(name, 'rb').read(), os.path.getsize(name))
os.remove(name)
