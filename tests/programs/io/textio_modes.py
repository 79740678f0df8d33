# TextIOWrapper: read(n)/readline(n)/iteration over small chunks in every newline mode, BOM codecs,
# error handlers, tell/seek, reconfigure, detach
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    data = b"a\r\nbb\rccc\ndd\r\n\r\ne\r"
    t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), 4), encoding="ascii", newline=nl)
    t._CHUNK_SIZE = 3
    out = []
    while True:
        c = t.read(2)
        if not c: break
        out.append(c)
    t2 = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    t2._CHUNK_SIZE = 2
    print(repr(nl), out, list(t2), t2.newlines)
    t3 = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print([t3.readline(2) for _ in range(6)], repr(t3.read()))
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode()), encoding="utf-8")
t._CHUNK_SIZE = 3
print(t.readline(), t.tell(), t.read(3), t.tell(), t.seek(0), t.read())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8-sig")
w.write("x"); w.write("y"); w.flush(); print(w.buffer.getvalue()); w.seek(0); print(repr(w.read()))
r = io.TextIOWrapper(io.BytesIO(b"\xff\xfeh\x00i\x00"), encoding="utf-16"); print(repr(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8", errors="replace"); print(repr(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd"), encoding="utf-8")
try: r.read()
except UnicodeDecodeError as e: print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try: w.write("é")
except UnicodeEncodeError as e: print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace"); w.write("é"); w.flush(); print(w.buffer.getvalue())
print(w.encoding, w.errors, w.closed, w.name if hasattr(w, "name") else "-")
try: io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e: print(e)
try: io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e: print(e)
w.reconfigure(errors="strict", newline="\r\n"); w.write("a\n"); w.flush(); print(w.buffer.getvalue())
d = w.detach(); print(type(d).__name__)
try: w.write("x")
except ValueError as e: print(e)
print(repr(w))
