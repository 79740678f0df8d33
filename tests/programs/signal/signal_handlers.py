# ftpy-expect: native
# The signal module's handler table: signal/getsignal/raise_signal, SIG_IGN, the default SIGINT
# handler raising KeyboardInterrupt, strsignal, valid_signals and the enums.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
seen = []
def handler(signum, frame):
    seen.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(seen)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(seen, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e.errno)
for bad in (0, 1000):
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print(e)
try:
    signal.signal(signal.SIGUSR2, 42)
except TypeError as e:
    print(e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGRTMIN + 1))
v = signal.valid_signals()
print(len(v), min(v), max(v), signal.NSIG)
print(signal.SIGINT, repr(signal.SIGTERM), signal.Handlers.SIG_DFL, int(signal.SIG_IGN))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
