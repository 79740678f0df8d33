# sets with many ints: growth/shrink keeps membership exact, numeric equality merges int/float/bool members
s = set()
for i in range(0, 100000, 7):
    s.add(i)
print(len(s), 7 * 1000 in s, 7 * 1000 + 1 in s, min(s), max(s))
for i in range(0, 100000, 14):
    s.discard(i)
print(len(s), 14 in s, 21 in s, sum(s) % 1000003)
t = set(range(1000)) - set(range(0, 1000, 2))
print(len(t), sorted(t)[:5], all(x % 2 for x in t))
mixed = {1, 1.0, True, 2, 2.0}
print(len(mixed), sorted(mixed))
print(len({10 ** 20, float(10 ** 20), 10 ** 20 + 1}), 0.5 in {0.5}, -0.0 in {0.0})
u = set(range(50))
u.intersection_update(range(25, 75))
print(len(u), min(u), max(u))
