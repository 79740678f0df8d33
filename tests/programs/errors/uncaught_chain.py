# uncaught exception chains: "During handling of the above exception" and "direct cause" sections in the traceback
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise LookupError(f'missing setting {key!r}') from e
def start(config):
    try:
        port = int(load(config, 'port'))
    except LookupError:
        port = int(config['fallback'])
    return port
print(start({'port': '8080'}))
print(start({'fallback': 'not-a-number'}))
