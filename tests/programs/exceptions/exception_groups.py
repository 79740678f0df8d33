# ExceptionGroup/BaseExceptionGroup: construction rules, except* matching, split/subgroup/derive, nesting.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3), KeyError('k')])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print('ValueError part:', repr(g))
except* (TypeError, KeyError) as g:
    print('Type/Key part:', repr(g))
try:
    try:
        raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), OSError('c')])])
    except* TypeError as g:
        print('matched nested:', repr(g))
except ExceptionGroup as rest:
    print('unhandled rest:', repr(rest))
match, rest = eg.split(ValueError)
print('split match:', repr(match))
print('split rest:', repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(OSError), eg.split(OSError)[0])
print(type(BaseExceptionGroup('x', [ValueError()])).__name__, type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
for args in [('m', []), ('m', [1]), ('m', [KeyboardInterrupt()]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked exception wrapped:', repr(g), type(g).__name__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + ' (derived)', excs)
mg = MyGroup('mine', [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise KeyError('raised in except*')
except (ExceptionGroup, KeyError) as e:
    print('raised in except* body:', repr(e), '| context:', repr(e.__context__))
for src in ['try:\n    pass\nexcept* ExceptionGroup:\n    pass\n', 'try:\n    pass\nexcept*:\n    pass\n',
            'for x in y:\n    try:\n        pass\n    except* E:\n        break\n']:
    try:
        compile(src, '<eg>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
try:
    try:
        raise TypeError('t')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('runtime check:', e)
