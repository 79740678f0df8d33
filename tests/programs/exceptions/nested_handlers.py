# Exceptions raised inside except/else/finally, re-raising, sys.exception() at each level, nested loops of try.
import sys
def level():
    e = sys.exception()
    return type(e).__name__ if e else None
try:
    raise ValueError('outer')
except ValueError:
    print('in outer handler:', level())
    try:
        raise KeyError('inner')
    except KeyError:
        print('in inner handler:', level())
    print('back in outer handler:', level())
print('outside:', level())
def convert(values):
    results = []
    for v in values:
        try:
            try:
                results.append(int(v))
            except ValueError:
                results.append(float(v))
        except ValueError:
            results.append(f'bad {v!r}')
        except TypeError as e:
            results.append(f'type {e}')
    return results
print(convert(['1', '2.5', 'x', None, '0x10']))
def handler_raises():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise TypeError('second') from e
    finally:
        print('finally still runs, current:', level())
try:
    handler_raises()
except TypeError as e:
    print(repr(e), repr(e.__cause__))
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts}')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retry', e)
