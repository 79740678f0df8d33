# sys.stdout/sys.stderr write() return values, print to stderr, interleaving within each stream, and replacing sys.stdout
import io
import sys
n = sys.stdout.write('written directly\n')
print('write returned', n)
m = sys.stderr.write('to stderr directly\n')
print('stderr write returned', m)
print('via print to stderr', file=sys.stderr)
print(sys.stdout.writable(), sys.stdin.readable() if sys.stdin else None, sys.stdout.encoding.lower().replace('-', ''))
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('captured line')
sys.stdout.write('captured write')
sys.stdout = saved
print('restored; captured was', repr(buf.getvalue()))
print(sys.__stdout__ is not None, sys.stdout is sys.__stdout__)
sys.stdout.write('ünïcode ✓ 😀\n')
sys.stdout.flush()
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print('TypeError:', e)
sys.stdout.flush()  # text written before must reach the byte buffer before bytes are written to it directly
sys.stdout.buffer.write(b'raw bytes via buffer\n')
sys.stdout.flush()
print('end')
