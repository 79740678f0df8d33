# Uncaught exception raised while handling another: both tracebacks, "During handling of the above exception...".
def load(path):
    try:
        return {'a.cfg': 'x=1'}[path]
    except KeyError:
        raise FileNotFoundError(f'no config named {path!r}')
print(load('a.cfg'))
print(load('b.cfg'))
