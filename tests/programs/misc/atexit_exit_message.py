# atexit callbacks run in reverse order after SystemExit("msg"); a DeprecationWarning from __main__ is shown; finally runs first.
import atexit, sys, warnings
atexit.register(print, 'atexit 1')
atexit.register(print, 'atexit 2')
warnings.warn('careful', DeprecationWarning)
try:
    sys.exit('bye')
finally:
    print('finally')
