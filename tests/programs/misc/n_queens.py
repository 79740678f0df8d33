# Backtracking search: all solutions of the 8-queens puzzle, printed boards, solution counts for n = 1..8.
def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)
    place(0)
    return solutions
print([len(solve(n)) for n in range(1, 9)])
first = solve(8)[0]
for col in first:
    print(' '.join('Q' if c == col else '.' for c in range(8)))
print(solve(4))
