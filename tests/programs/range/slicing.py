# range slicing returns ranges (computed, not materialised), negative steps, reversed and slices of slices
r = range(0, 20, 3)
print(r[1:4], r[::2], r[::-1], r[-2:], r[5:1:-2], r[100:], r[:-100], r[1:4][1:], list(r[::-3]))
print(range(10)[::-1] == range(9, -1, -1), range(10)[2:8:2] == range(2, 8, 2), list(range(5, 0, -1)[1:3]))
print(range(10)[slice(None, None, -3)], range(-5, 5)[3:-3], range(5)[::-2], range(0)[::-1])
r2 = range(10 ** 20)
print(r2[10 ** 19:][:3], r2[::10 ** 19], r2[-1], r2.index(10 ** 19), 10 ** 19 in r2, r2[5:2])
try:
    range(5)[::0]
except ValueError as e:
    print('ValueError:', e)
