# with open(...) on files written in the working directory: closed after the block, even on error.
import os
name = 'with_files_tmp.txt'
with open(name, 'w', encoding='utf-8') as f:
    f.write('line 1\nline 2\n')
    print('inside: closed =', f.closed)
print('after: closed =', f.closed)
try:
    with open(name, encoding='utf-8') as f:
        first = f.readline()
        raise RuntimeError('stop reading')
except RuntimeError:
    print('read', repr(first), 'closed after error =', f.closed)
with open(name, 'a', encoding='utf-8') as a, open(name, encoding='utf-8') as r:
    a.write('line 3\n')
    a.flush()
    print(r.read().splitlines())
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
os.remove(name)
print(os.path.exists(name))
