# Exiting from an except block: SystemExit carries the context, but nothing of it is printed.
import sys
try:
    int('x')
except ValueError as e:
    print('error:', e, file=sys.stderr)
    sys.exit(2)
