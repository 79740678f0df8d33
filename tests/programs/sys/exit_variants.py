# SystemExit codes: None and 0 succeed, True is 1, raising SystemExit directly, exit() inside nested functions
import sys
for code in [None, 0, 1, True, False, 'text', 2 ** 31 - 1, -1, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), '->', repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare:', e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args:', e.code)
def deep(n):
    if n == 0:
        sys.exit(5)
    deep(n - 1)
try:
    deep(10)
except SystemExit as e:
    print('deep exit', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(4)
except Exception:
    print('not caught by except Exception')
except BaseException as e:
    print('caught by BaseException:', type(e).__name__)
raise SystemExit(0)
