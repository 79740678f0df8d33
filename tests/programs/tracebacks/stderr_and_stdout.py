# Output to stdout and stderr before an uncaught exception: both streams are kept in full (flushed at exit).
import sys
print('to stdout 1')
print('to stderr 1', file=sys.stderr)
sys.stdout.write('partial line without newline')
sys.stderr.write('stderr without newline')
print()
print('to stderr 2', file=sys.stderr, flush=True)
raise RuntimeError('the end')
