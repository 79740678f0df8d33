# ftpy-expect: native
# socket.socketpair() between threads: blocking, non-blocking and timed reads, shutdown, close,
# select() readiness and a select() woken by another thread's send.
import socket, select, threading, time, errno

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto, a.gettimeout(), a.getblocking())
print(repr(a.getsockname()), type(a.fileno()).__name__)
a.sendall(b"hello")
print(b.recv(3), b.recv(100))
print(select.select([b], [a], [], 0)[0] == [], select.select([b], [a], [], 0)[1] == [a])

b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e)
b.settimeout(None)

def later():
    time.sleep(0.05)
    a.send(b"ping")
t = threading.Thread(target=later)
t.start()
r, w, x = select.select([b], [], [], 5)
print("woken", r == [b], b.recv(10))
t.join()

buf = bytearray(8)
a.send(b"xyz")
print(b.recv_into(buf), buf)
a.send(b"peek")
print(b.recv(4, socket.MSG_PEEK), b.recv(4))

a.shutdown(socket.SHUT_WR)
print("eof", b.recv(10))
try:
    a.send(b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
b.close()
print(b.fileno(), repr(b).startswith("<socket.socket [closed]"))
try:
    b.recv(1)
except OSError as e:
    print("OSError", e.errno)
a.close()

c, d = socket.socketpair()
with c, d:
    f = c.makefile("wb")
    f.write(b"line one\nline two\n")
    f.flush()
    g = d.makefile("rb")
    print(g.readline(), g.readline())
    f.close(); g.close()
print(c._closed, d._closed)

try:
    select.select([-1], [], [])
except ValueError as e:
    print(e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
print(socket.htons(1), socket.ntohl(1), socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.AddressFamily.AF_UNIX, socket.SocketKind.SOCK_STREAM, socket.getdefaulttimeout())
