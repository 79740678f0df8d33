# Roman numeral conversion both ways with validation; round-trips for 1..3999; error messages.
PAIRS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
         (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f'expected int, got {type(n).__name__}')
    if not 0 < n < 4000:
        raise ValueError(f'{n} out of range 1..3999')
    out = []
    for value, letters in PAIRS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return ''.join(out)
def from_roman(s):
    values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in values:
            raise ValueError(f'invalid numeral {ch!r} in {s!r}')
        v = values[ch]
        total += -v if i + 1 < len(s) and values.get(s[i + 1], 0) > v else v
    if to_roman(total) != s:
        raise ValueError(f'non-canonical numeral {s!r}')
    return total
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in [0, 4000, 2.5, True, 'MMXXV', 'IIII', 'IC', 'ABC']:
    try:
        print(to_roman(bad) if not isinstance(bad, str) else from_roman(bad))
    except (ValueError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
