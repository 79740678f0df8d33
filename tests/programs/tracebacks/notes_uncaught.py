# Notes added with add_note appear after the exception line of an uncaught traceback, also inside groups.
def validate(record):
    try:
        return int(record['age'])
    except ValueError as e:
        e.add_note(f'while validating record {record["id"]}')
        e.add_note('hint: age must be an integer')
        raise
eg = ExceptionGroup('batch failed', [ValueError('first')])
eg.exceptions[0].add_note('note on the member')
eg.add_note('note on the group')
try:
    raise eg
except ExceptionGroup as g:
    print('group has notes:', g.__notes__)
validate({'id': 7, 'age': 'seven'})
