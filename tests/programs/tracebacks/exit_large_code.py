# Exit statuses are taken modulo 256 by the operating system: sys.exit(258) gives status 2.
import sys
print('exiting with 258')
sys.exit(258)
