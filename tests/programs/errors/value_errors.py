# ValueError messages raised by builtins and common methods (conversions, unpacking, searches, math domain)
import math
stmts = ["int('x')", "float('1,5')", "complex('1+')", "[].index(1)", "'abc'.index('z')", "(1,).index(2)", "[1].remove(2)",
         "'a,b'.split('')", "chr(-1)", "range(0, 1, 0)", "a, b = [1]", "a, b = [1, 2, 3]", "math.sqrt(-1)", "math.log(0)",
         "math.log(-1)", "math.acos(2)", "int('1' * 5000)", "bytes([300])", "'\xe9'.encode('ascii', 'bogus')",
         "memoryview(b'ab').cast('i')", "dict([(1, 2, 3)])", "'{0}{}'.format(1, 2)", "'%d' % 'x'", "bytes.fromhex('g')",
         "float('nan').as_integer_ratio()", "(1).to_bytes(1, 'middle')", "slice(1).indices(-1)", "max([])", "'ab'.center(5, 'xy')"]
for s in stmts:
    try:
        exec(s)
    except Exception as e:
        print(f'{s:<36} {type(e).__name__}: {e}')
