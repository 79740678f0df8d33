# bytearray mutation: item/slice assignment (incl. resizing and extended slices), append/extend/insert/pop/remove/clear
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba[1:3] = b'EYYY'
print(ba)
ba[::2] = b'abcd'
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.append(33); ba.extend(b'??'); ba.extend([1, 2]); ba.extend(iter([3])); ba.insert(0, 0); ba.insert(100, 64); ba.insert(-1, 35)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(63)
print(ba, ba.reverse(), ba)
ba += b'++'
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, len(ba))
c = bytearray(b'0123456789')
c[2:8] = b''
c[0:0] = b'<<'
c[-1:] = bytearray(b'END')
print(c)
c[1:2] = [120, 121]
print(c)
for stmt in ["c[0] = 256", "c[0] = -1", "c[0] = b'a'", "c[0] = 'a'", "c[::2] = b'xy'", "c.append(300)", "c.remove(0)",
             "c.pop(50)", "bytearray().pop()", "c[1:2] = 5", "c[50] = 1", "c.insert(0, 'x')", "c.extend([1, 'x'])"]:
    try:
        exec(stmt)
    except (ValueError, TypeError, IndexError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
