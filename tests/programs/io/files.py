# ftpy-expect: native
# open() on real files: text/binary modes, buffering, seek/tell, r+/a+/x, FileIO, errors; the files are removed
import io, os
name = "io_files_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    print(f, f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.buffer, f.buffer.raw)
    f.write("alpha\nbéta\r\ngamma\n")
    print(f.tell(), f.writable(), f.readable(), f.seekable())
with open(name, encoding="utf-8") as f:
    print(f.readline(), f.tell(), repr(f.readline()), f.tell(), repr(f.read()))
    f.seek(0); print(repr(f.read(3)), f.tell())
with open(name, "rb", buffering=0) as f:
    print(f, f.read(5), f.tell(), f.seek(-2, 2), f.read(), f.seek(1), f.readall())
with open(name, "rb") as f:
    print(type(f).__name__, f.peek(1)[:1], f.read1(3), f.readline(), f.tell(), f.seek(3, 1), f.read(2))
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(5)); f.write(b"!"); f.seek(0); print(f.read())
with open(name, "a+", encoding="utf-8") as f:
    print(f.tell()); f.write("delta\n"); f.seek(0); print(f.read().splitlines())
with open(name, "w", encoding="latin-1", newline="\r\n") as f:
    f.write("é\n")
with open(name, "rb") as f:
    print(f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
os.remove(name)
try:
    open(name)
except FileNotFoundError as e:
    print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(e)
for args in [("r", -1, "utf-8", None), ("rb", -1, "utf-8", None), ("wt", 0, None, None), ("rw", -1, None, None),
             ("", -1, None, None), ("rb", -1, None, "x"), ("r+r", -1, None, None)]:
    try:
        open(name, args[0], args[1], args[2], newline=args[3])
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
os.remove(name)  # ("wt", 0) made it before refusing unbuffered text
with open(name, "x") as f:
    f.write("x")
with io.FileIO(name, "r") as r:
    print(r, r.mode, r.closefd, r.readable(), r.writable(), r.read())
print(r, r.closed)
for bad in [lambda: io.FileIO(name, "z"), lambda: io.FileIO(name, "rw"), lambda: io.FileIO(-1),
            lambda: io.FileIO(1.5), lambda: io.FileIO(name, closefd=False)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.remove(name)
print(os.path.exists(name))
