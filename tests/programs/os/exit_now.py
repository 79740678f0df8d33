# os._exit ends the process at once with its status: no atexit handlers, no finally blocks
# ftpy-expect: native
import atexit, os, sys

atexit.register(print, 'atexit handler (not run)')
print('flushed line')
sys.stdout.flush()
os.write(1, b'written with os.write\n')
try:
    os._exit(3)
finally:
    print('finally block (not run)')
