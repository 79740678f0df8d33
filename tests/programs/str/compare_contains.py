# str comparisons are by code point (not locale), `in` is substring search, and mixed-type comparisons raise
pairs = [('a', 'b'), ('B', 'a'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('é', 'z'), ('Z', 'a'), ('😀', '\uffff'), ('a', 'a')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', '10', '9', '']))
print('ell' in 'hello', '' in 'abc', '' in '', 'lo!' in 'hello', 'é' in 'café', 'e' in 'cafe\u0301', '😀' in 'x😀y')
print('abc' not in 'xabcx', 'ABC'.lower() in 'xabcx')
for expr in ["1 in 'abc'", "None in 'abc'", "'a' < 1", "'a' < b'a'", "'a' >= None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print('a' == b'a', 'a' != 1, 'abc' == 'ab' + 'c', ('abc' == 'abd') is False, max('apple', 'Apple', 'banana'))
print(('a', 1) < ('a', 2), ['b'] > ['a', 'z'], 'x' * 3 == 'xxx', 'ß' == 'ss', 'Å' == 'Å', 'Å' == 'A\u030a')
