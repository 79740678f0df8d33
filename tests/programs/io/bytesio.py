# io.BytesIO: read/read1/readline/readinto, seek past the end, truncate, getbuffer exports, errors
import io
b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.read1(3), b.readline(), b.tell(), b.readlines())
b.seek(0); print(list(b), b.read())
b.seek(15); b.write(b"Z"); print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3); b.seek(1); print(b.readinto(buf), buf)
b = io.BytesIO()
print(b.write(b"12345"), b.write(bytearray(b"67")), b.write(memoryview(b"89")), b.getvalue())
b.writelines([b"a", b"b"]); print(b.getvalue())
v = b.getbuffer(); v[0] = ord("X"); print(bytes(v)[:3], len(v))
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError", e)
v.release(); b.write(b"!"); print(b.getvalue())
b.seek(-3, 2); print(b.read()); b.seek(-100, 1); print(b.tell())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
for bad in [lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-2),
            lambda: io.BytesIO("s"), lambda: b.fileno(), lambda: b.read(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
for op in [b.read, b.getvalue, b.tell, lambda: b.write(b"")]:
    try:
        op()
    except ValueError as e:
        print(e)
print(b.closed)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n", line_buffering=True)
w.write("a\nb"); print(w.buffer.getvalue()); w.write("\n"); print(w.buffer.getvalue(), w.line_buffering)
