# bytes operators: indexing returns ints, slicing returns bytes, +, *, in, comparisons, hashing and immutability
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b'gh', b * 2, 2 * b'x', b'' * 5, b + bytearray(b'!'), type(b + bytearray(b'!')).__name__)
print(b'cd' in b, 99 in b, b'' in b, b'x' not in b, 100 in b, b'ace' in b)
print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'\xff' > b'\x00', b'abc' == bytearray(b'abc'), b'a' == 'a')
print(list(b'hi'), sorted(b'cab'), max(b'xyz'), sum(b'\x01\x02'), len(b), bytes(reversed(b)))
for expr in ["b'a' + 'b'", "'a' + b'b'", 'b[0] = 1', "b'a' < 'a'", '256 in b', "'a' in b", 'b[10]', "b['x']"]:
    try:
        exec(expr)
    except (TypeError, ValueError, IndexError) as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'abc'.__len__(), b'x'.__mul__(3))
