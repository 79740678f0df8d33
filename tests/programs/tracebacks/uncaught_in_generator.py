# An uncaught exception raised inside a generator consumed through yield from: generator frames in the traceback.
def parse(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split('=')
        yield key.strip(), int(value)
def validated(lines):
    yield from parse(lines)
config = dict(validated(['a = 1', 'b = 2', 'c = three']))
print(config)
