# TypeError messages for unsupported operand types of binary, unary and comparison operators.
cases = ['1 + "a"', '"a" + 1', '[1] + (1,)', '{} + {}', 'None + 1', '1 - "a"', '"a" * "b"',
         '"a" * 2.0', '[1] * [2]', '1 / "x"', '1 // None', '1 % []', '2 ** "x"', '1 @ 2',
         '1 << 1.0', '1.0 >> 1', '1 & 1.5', '"a" | 1', '{1} ^ [1]', '-"a"', '+[]', '~1.5',
         'abs("x")', '1 < "a"', '[] > {}', '{} <= {}', 'len(5)', 'None()', '1[0]', 'None[0]',
         '{}[[]]', '{[]: 1}', '{[1]}', 'hash([])', '(1).x', 'None.attr', '"abc".foo()',
         'iter(5)', 'next([])', 'int([])', 'float("x")', 'divmod(1, "a")', 'round("a")', '5 in 5']
for src in cases:
    try:
        eval(src)
        print(src, 'succeeded?')
    except Exception as e:
        print(f'{src:14} {type(e).__name__}: {e}')
