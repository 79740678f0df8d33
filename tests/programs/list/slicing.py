# list slicing: reads with steps, slice assignment that resizes, extended slice assignment/deletion and their errors
l = list(range(10))
print(l[2:5], l[:-3], l[-3:], l[::3], l[::-2], l[8:2:-2], l[100:], l[-100:2], l[5:1], l[slice(1, None, 4)])
a = list(range(10))
a[2:5] = ['x']
print(a)
a[1:1] = ['i1', 'i2']
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
a[len(a):] = [100, 200]
print(a)
b = list(range(10))
b[::2] = 'abcde'
print(b)
b[1::2] = [None] * 5
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
c = list(range(6))
c[::-1] = range(6)
print(c)
c[1:4] = (x * 10 for x in range(2))
print(c)
for stmt in ['c[::2] = [1]', 'c[::-1] = []', 'c[1:3] = 5', 'c[::0] = []', 'c[0:1:1] = range(3)']:
    try:
        exec(stmt)
        print(stmt, '->', c)
    except (ValueError, TypeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
s = [1, 2, 3]
s[1:2] = s
print(s)
