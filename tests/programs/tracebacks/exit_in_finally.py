# sys.exit inside finally replaces an in-flight exception; no traceback is printed, status 4.
import sys
try:
    raise ValueError('lost')
finally:
    print('finally calls sys.exit(4)')
    sys.exit(4)
