# int comparisons with ints, floats (exact, even for huge values), bools, and the TypeError for ordering with str
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > float('inf'), 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(10 ** 400 == float('inf'), 1 == float('nan'), 1 != float('nan'), 1 < float('nan'))
big = 2 ** 1000
print(big > 1e300, big < 1e301, big == float(2 ** 1000) if big < 2 ** 1024 else None)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1 == True, 0 == False, 2 == True, True < 2, False < True)
print(0 == -0, 0 == -0.0, -1 < 0 < 1, 3 > 2 > 1 > 0, 1 < 3 > 2)
print(max(1, 2.0, True), min(0, -0.0, False), sorted([3, 1.5, True, -2, 0.0]))
for a, b in [(1, '1'), (1, None), (1, [1])]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print('TypeError:', e)
print(1 .__lt__('a'), (1).__eq__(1.0), (1).__eq__(1))
