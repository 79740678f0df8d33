# Since 3.12 list/dict/set comprehensions are inlined: no <listcomp> frame; generator expressions keep <genexpr>.
def invert_all(values):
    return [1 / v for v in values]
print(invert_all([1, 2, 4]))
try:
    sum(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('generator expression frames:', names)
table = {k: invert_all(v) for k, v in {'a': [1], 'b': [2, 0]}.items()}
