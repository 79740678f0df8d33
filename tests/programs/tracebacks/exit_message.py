# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
print('stdout before exit')
sys.exit('fatal: configuration missing')
