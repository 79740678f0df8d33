# raise SystemExit / sys.exit() with no argument or None: exit status 0.
import sys
def shutdown():
    print('shutting down')
    raise SystemExit
try:
    sys.exit(None)
except SystemExit as e:
    print('caught SystemExit, code =', e.code)
shutdown()
