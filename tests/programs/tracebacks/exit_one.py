# sys.exit(1): exit status 1 and no traceback.
import sys
print('exiting with 1')
sys.exit(1)
