# io.StringIO: writes, overwrites past the end, seek/tell/truncate, newline modes, iteration and errors
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld 😀\n"), s.tell(), repr(s.getvalue()))
s.seek(2); s.write("LL"); print(repr(s.getvalue()), s.tell())
s.seek(0); print(s.readline(), end=''); print(repr(s.read(3)), repr(s.read()))
s.seek(20); s.write("x"); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s = io.StringIO("a\nb\r\nc\rd")
print(s.readlines(), s.newlines)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("1\n2\r\n3\r4")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("line1\nline2\nline3")
print([l for l in s], s.readline() == "")
s.seek(0); print(s.readline(2), s.readline(-1), s.readline(None))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.encoding, s.errors)
for bad in [lambda: io.StringIO(1), lambda: io.StringIO(newline=1), lambda: io.StringIO(newline="x"),
            lambda: s.write(b"x"), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5),
            lambda: s.truncate(-1), lambda: s.read("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
class Sub(io.StringIO):
    def write(self, t):
        return super().write(t.upper())
x = Sub()
print("to sub", 1, file=x)
print(repr(x.getvalue()), isinstance(x, io.TextIOBase))
st = io.StringIO("abc\ndef", "\n")
st.read(2)
print(st.__getstate__())
