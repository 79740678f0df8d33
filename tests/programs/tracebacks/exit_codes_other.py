# SystemExit with a non-int, non-None code (a tuple) prints its str to stderr and exits 1; exit code of bool True.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print('True code', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args code', e.code)
sys.exit(('not', 'an int'))
