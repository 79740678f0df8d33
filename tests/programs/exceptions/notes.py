# add_note and __notes__: accumulating notes, type checks, notes on re-raise, notes shown by traceback module.
import traceback
e = ValueError('base message')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nmultiline note')
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
def fail():
    try:
        int('abc')
    except ValueError as err:
        err.add_note('while parsing the config')
        raise
try:
    fail()
except ValueError as err:
    print(err.__notes__)
    print(''.join(traceback.format_exception_only(err)), end='')
eg = ExceptionGroup('grouped', [KeyError('k')])
eg.add_note('group note')
print(''.join(traceback.format_exception_only(eg)), end='')
e.__notes__ = 'not a list'
print(''.join(traceback.format_exception_only(e)), end='')
e.__notes__ = ['ok', 3]
print(''.join(traceback.format_exception_only(e)), end='')
