# bytearray cannot be resized while a memoryview exports its buffer (BufferError), but can after release
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = ord('A')
print(ba, m.tobytes())
ba[1] = ord('B')
print(m[1], bytes(m[:3]))
for stmt in ['ba.append(1)', 'ba.extend(b"x")', 'ba.pop()', 'del ba[0]', 'ba += b"x"', 'ba.clear()', 'ba[0:1] = b"xy"']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except BufferError as e:
        print(stmt, '-> BufferError:', e)
ba[0:2] = b'zz'
print(ba)
m.release()
ba.append(33)
print(ba)
with memoryview(ba) as m2:
    print(m2.readonly, len(m2))
ba.extend(b'??')
print(ba)
