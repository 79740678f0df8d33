# sys.exit(n): output printed before the exit is flushed, finally blocks run, the process exits with status n
import sys
print('before exit')
try:
    sys.exit(3)
except SystemExit as e:
    print('caught SystemExit with code', e.code, repr(e), e.args)
try:
    print('in try')
    sys.exit(7)
finally:
    print('finally runs before the process ends')
print('never printed')
