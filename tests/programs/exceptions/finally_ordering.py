# Order of execution with nested try/finally, exceptions replaced in finally, return values, generators.
log = []
def nested():
    try:
        try:
            log.append('inner try')
            raise ValueError('v')
        finally:
            log.append('inner finally')
    except ValueError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    log.append('after')
nested()
print(log)

def replaced():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('replacement')
try:
    replaced()
except KeyError as e:
    print('replacement wins:', repr(e), 'context:', repr(e.__context__))

def finally_sees_exception():
    import sys
    try:
        raise ValueError('in flight')
    finally:
        print('sys.exc_info in finally:', sys.exc_info()[0].__name__, sys.exception())
try:
    finally_sees_exception()
except ValueError:
    pass

def loop_finally():
    out = []
    for i in range(3):
        try:
            out.append(f'try {i}')
            if i == 1:
                continue
            out.append(f'body {i}')
        finally:
            out.append(f'finally {i}')
    return out
print(loop_finally())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally after', 'close')
g = gen()
next(g)
g.close()

def return_then_finally_mutation():
    data = []
    try:
        return data
    finally:
        data.append('appended in finally')
print(return_then_finally_mutation())
import sys
print('outside: sys.exception() =', sys.exception())
