# break/continue inside try/finally and with-blocks: finally always runs, with __exit__ runs.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name); return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0]); return False

for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print('finally', i)

for i in range(2):
    with CM(f'w{i}'):
        if i == 0:
            continue
        print('body', i)

while True:
    with CM('outer'):
        with CM('inner'):
            break
print('after while')

def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return 'returned at 1'
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
print(f())
