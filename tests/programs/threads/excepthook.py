# an uncaught exception in a thread goes to threading.excepthook (stderr report), the thread dies, the program continues
import io
import sys
import threading
def fails():
    raise ValueError('boom in thread')
# Capture the default hook's report so that the frames inside threading.py (whose path and line numbers
# belong to the installation) can be dropped; its header, the program's frames and the last line are kept.
buf = io.StringIO()
real_stderr = sys.stderr
sys.stderr = buf
t = threading.Thread(target=fails, name='failing-thread')
t.start()
t.join()
sys.stderr = real_stderr
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
for i, line in enumerate(lines):
    if line.startswith('  File "') and 'excepthook.py", line' in line:
        print(line)
        print(lines[i + 1])
print(lines[-1])
print('main continues; thread alive:', t.is_alive())
captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
old = threading.excepthook
threading.excepthook = hook
t2 = threading.Thread(target=lambda: 1 / 0, name='zero')
t2.start()
t2.join()
threading.excepthook = old
print(captured)
print(threading.__excepthook__ is old)
def exits():
    sys.exit(3)
t3 = threading.Thread(target=exits)
t3.start()
t3.join()
print('SystemExit in a thread is silent')
