# float vs int comparisons are exact (no rounding of the int), including ints beyond float range
big = 2 ** 53
print(float(big) == big, float(big) == big + 1, float(big) < big + 1, big + 1 > float(big))
print(1e20 == 10 ** 20, 1e23 == 10 ** 23, 1e23 < 10 ** 23, int(1e23))
print(10 ** 309 > 1.7976931348623157e308, -(10 ** 309) < -1.7976931348623157e308)
print(float('inf') > 10 ** 1000, float('-inf') < -(10 ** 1000), float('nan') == 10 ** 1000)
print(0.5 < 1, 0.5 > 0, -0.5 < 0, 2.0 == 2, 2.5 != 2, 3 >= 3.0, 3 <= 2.9999999999999996)
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 - 1 < 9.223372036854775808e18, 2 ** 63 - 1 == float(2 ** 63 - 1))
print(sorted([10 ** 17 + 1, 1e17, 10 ** 17 - 1]), max(2 ** 53 + 1, float(2 ** 53)))
print(hash(2.0) == hash(2), hash(1e20) == hash(10 ** 20), {1.0: 'f', 1: 'i'}, {2 ** 53 + 1, float(2 ** 53)} == {2 ** 53 + 1, 2 ** 53})
print(1.0 in [1], 1 in {1.0}, [1, 2] == [1.0, 2.0], (1, 2.5) < (1, 3))
