# except* control flow: each clause runs at most once, unmatched parts re-raised, bare raise inside except*.
def run(excs, label):
    print(f'--- {label}')
    try:
        try:
            raise ExceptionGroup('g', excs)
        except* ValueError as g:
            print('ValueError clause got', [str(e) for e in g.exceptions])
        except* TypeError as g:
            print('TypeError clause got', [str(e) for e in g.exceptions])
            raise
        except* OSError:
            print('OSError clause')
        else:
            print('else: nothing was raised?')
        finally:
            print('finally')
    except BaseExceptionGroup as rest:
        print('escaped:', repr(rest))
run([ValueError('v1'), ValueError('v2')], 'values only')
run([ValueError('v'), TypeError('t')], 'value and re-raised type')
run([KeyError('k'), OSError('o')], 'unmatched key')
run([FileNotFoundError('f')], 'subclass matches OSError')
try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(2), TypeError(3)])])
    except* ValueError as g:
        print('structure kept:', repr(g))
except* TypeError as g:
    print('outer handler:', repr(g))
try:
    try:
        raise TypeError('plain')
    except* TypeError as g:
        print('plain exception wrapped:', repr(g))
        raise
except ExceptionGroup as e:
    print('re-raised as group:', repr(e))
except TypeError as e:
    print('re-raised bare:', repr(e))
