# The io class hierarchy: Raw/Buffered/Text bases and their defaults, TextIOWrapper over BytesIO
# (utf-16, newline modes), IncrementalNewlineDecoder, a Python RawIOBase under BufferedReader, print(file=).
import io, sys
s = io.StringIO()
print(s.getvalue())
buf = io.StringIO()
old = sys.stdout; sys.stdout = buf
print("captured", 42)
print({"k": list(range(3))}, sep="|", end="!\n")
sys.stdout = old
print(repr(buf.getvalue()))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline="")
t.write("hé\r\nx"); t.flush(); print(t.buffer.getvalue())
t.seek(0); print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO("ab\ncd\r\nef".encode()), encoding="utf-8")
print(t.readline(), t.tell(), t.read(2), t.tell(), repr(t.read()))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
class Raw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n; return n
r = io.BufferedReader(Raw(b"hello\nworld\n"), 4)
print(r.readline(), r.read(), Raw(b"xyz").read(), Raw(b"abcdefg").readall())
print(list(io.TextIOWrapper(io.BufferedReader(Raw("α\nβ\n".encode())), encoding="utf-8")))
try: io.BytesIO().fileno()
except io.UnsupportedOperation as e: print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.text_encoding(None), io.text_encoding("x"))
print(issubclass(io.StringIO, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(r, io.IOBase))
p = io.BufferedRWPair(io.BytesIO(b"abc\nd"), io.BytesIO())
print(p.readline(), p.peek(1)[:1], p.read(), p.write(b"x"), p.readable(), p.writable(), p.closed)
p.close(); print(p.closed)
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"), 4)
print(rnd.read(3), rnd.write(b"ab"), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read(), rnd.raw.getvalue())
print(repr(io.BufferedWriter(io.BytesIO())), repr(io.TextIOWrapper(io.BytesIO(), encoding="ascii")))
