eager = 'eager value'
def __getattr__(name):
    if name == 'forbidden':
        raise AttributeError(f'module {__name__!r} refuses {name!r}')
    return f'lazily computed {name}'
def __dir__():
    return ['eager', 'virtual_b', 'virtual_a']
