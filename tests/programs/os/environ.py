# os.environ: a mapping of str (environb: bytes) that updates the process environment; getenv, putenv, unsetenv
# ftpy-expect: native
import os

print(type(os.environ).__name__, isinstance(os.environ, dict), 'FTPY_TEST_VAR' in os.environ)
print(os.getenv('FTPY_TEST_VAR'), os.getenv('FTPY_TEST_VAR', 'default'), os.getenvb(b'FTPY_TEST_VAR', b'd'))
os.environ['FTPY_TEST_VAR'] = 'value'
print(os.environ['FTPY_TEST_VAR'], os.getenv('FTPY_TEST_VAR'), os.environb[b'FTPY_TEST_VAR'])
os.environb[b'FTPY_TEST_B'] = b'bytes value'
print(os.environ['FTPY_TEST_B'], os.environ.get('FTPY_TEST_B'))
print(os.environ.setdefault('FTPY_TEST_VAR', 'other'), os.environ.setdefault('FTPY_TEST_C', 'c'))
print(os.environ.pop('FTPY_TEST_C'), 'FTPY_TEST_C' in os.environ)
del os.environ['FTPY_TEST_VAR']
print(os.getenv('FTPY_TEST_VAR'), 'FTPY_TEST_VAR' in os.environ)
try:
    os.environ['FTPY_TEST_VAR']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
os.environ.update({'FTPY_TEST_D': 'd', 'FTPY_TEST_E': 'e'})
print(sorted(k for k in os.environ if k.startswith('FTPY_TEST')))
print(repr(os.environ).startswith('environ({'), type(os.environ.copy()).__name__)
os.environ.clear() if False else None
for k in [k for k in os.environ if k.startswith('FTPY_TEST')]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith('FTPY_TEST')))
os.putenv('FTPY_TEST_P', 'p')
print('FTPY_TEST_P' in os.environ)
os.unsetenv('FTPY_TEST_P')
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(all(isinstance(k, bytes) for k in os.environb))
