# sys.exit with a non-integer argument: the value is printed to stderr and the exit status is 1
import sys
print('stdout first')
sys.stderr.write('explicit stderr line\n')
sys.exit('fatal: configuration missing')
