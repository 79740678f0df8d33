# Uncaught error inside a call nested in an expression: carets under the call, multi-frame traceback.
def parse(text):
    return int(text)
def total(items):
    return sum(parse(x) for x in items)
values = ['1', '2', 'three']
print('total:', 10 + total(values) * 2)
