# sys.argv: the script name (as given on the command line) followed by the arguments from the .args file
import sys
print(sys.argv[0])
print(len(sys.argv), sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg), len(arg))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
total = sum(int(a) for a in sys.argv[1:] if a.lstrip('-').isdigit())
print('sum of numeric args:', total)
