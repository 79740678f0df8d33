# int: floor division and modulo follow the divisor's sign (a == (a//b)*b + a%b) for small and huge ints
vals = [0, 1, 2, 3, 7, 10, 2 ** 70 + 5]
divs = [1, 2, 3, 7, 2 ** 65 + 3]
bad = 0
for a0 in vals:
    for a in (a0, -a0):
        for d0 in divs:
            for d in (d0, -d0):
                q, r = divmod(a, d)
                if q != a // d or r != a % d or q * d + r != a:
                    bad += 1
                if r != 0 and (r < 0) != (d < 0):
                    bad += 1
print('violations', bad)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (1, 10), (-1, 10), (1, -10), (-1, -10)]:
    print(f'{a:3} // {b:3} = {a // b:3}   {a:3} % {b:3} = {a % b:3}')
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -(2 ** 69 + 1), (2 ** 70) % -(2 ** 69 + 1))
print(divmod(-1, 2 ** 100))
print(True // 2, -True // 2, True % -2)
