# TypeErrors for missing protocols: not subscriptable, not callable, not iterable, no len, item assignment/deletion
stmts = ['None[0]', '5[0]', 'len[0]', 'print["x"]', 'None()', "'str'()", '5()', '[1]()', 'for x in 5: pass', 'for x in None: pass',
         'a, b = None', '[*5]', 'dict(5)', 'len(5)', 'x = 5; x[0] = 1', 'x = "s"; x[0] = "t"', 'x = (1,); del x[0]',
         'x = 5; del x[0]', 'x = {}; x[[]] = 1', 'f"{5:abc}"', 'import math; math()', '(lambda: 0)(1)', 'object()[1:2]',
         '{**None}', 'print(*5)', 'sorted(5)', 'x = frozenset(); x[0]', 'next(5)', 'iter(None)', 'type(5)[0]']
for s in stmts:
    try:
        exec(s)
    except (TypeError, ValueError) as e:
        print(f'{s:<26} {type(e).__name__}: {e}')
class NoGetItem:
    pass
try:
    NoGetItem()[0]
except TypeError as e:
    print(e)
try:
    NoGetItem[0]
except TypeError as e:
    print(e)
class Gen:
    def __class_getitem__(cls, item):
        return f'Gen[{item!r}]'
print(Gen[int], list[int], dict[str, int], type(list[int]).__name__)
