# The warnings module: default display format on stderr, categories, stacklevel, filters (error/ignore/once/always).
import warnings
def deprecated_api():
    warnings.warn('deprecated_api is deprecated', DeprecationWarning, stacklevel=2)
    return 'result'
print(deprecated_api())
warnings.warn('a user warning')
warnings.warn('a runtime warning', RuntimeWarning)
for _ in range(3):
    warnings.warn('shown once per location (default action)')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('recorded 1')
    warnings.warn('recorded 2', FutureWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        warnings.warn('turned into an exception')
    except UserWarning as e:
        print('raised:', repr(e))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('ignored completely')
warnings.filterwarnings('ignore', message='noisy.*')
warnings.warn('noisy message filtered')
warnings.warn('quiet message shown')
def library():
    warnings.warn('pending', PendingDeprecationWarning)
library()
print('PendingDeprecationWarning is ignored by default')
warnings.showwarning('manual message', SyntaxWarning, 'somefile.py', 12)
print(warnings.formatwarning('formatted', UserWarning, 'f.py', 3, line='source line'), end='')
