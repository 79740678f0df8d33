# sys.exit(0) stops the program with status 0 and prints nothing more; finally blocks still run.
import sys
print('before exit')
try:
    sys.exit(0)
finally:
    print('finally runs during SystemExit')
print('never printed')
