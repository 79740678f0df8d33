# memoryview.release and the context-manager form: a released view raises ValueError on every use
m = memoryview(b'abc')
print(m.tobytes(), repr(m.obj))
m.release()
m.release()
for stmt in ['m[0]', 'len(m)', 'm.tobytes()', 'm.tolist()', 'bytes(m)', 'm.format', 'm == b"abc"']:
    try:
        r = eval(stmt)
        print(stmt, '=', r)
    except ValueError as e:
        print(stmt, '-> ValueError:', e)
with memoryview(bytearray(b'xyz')) as v:
    print(v[0], v.tolist())
try:
    v[0]
except ValueError as e:
    print('after with: ValueError:', e)
print(repr(m).startswith('<released memory at '), repr(memoryview(b'')).startswith('<memory at '))
