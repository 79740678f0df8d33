# sys.exit(3) from a nested function through an except-all that re-raises: status 3.
import sys
def main():
    try:
        sys.exit(3)
    except BaseException as e:
        print('seen', type(e).__name__, e.code)
        raise
main()
