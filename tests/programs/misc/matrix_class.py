# A Matrix class: operator overloading (+, -, *, @, ==, unary -), __getitem__ with tuples, __repr__/__str__, errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('rows must be non-empty and equally long')
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {other.shape}')
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __add__(self, other): return self._zip(other, lambda a, b: a + b)
    def __sub__(self, other): return self._zip(other, lambda a, b: a - b)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f'cannot multiply {self.shape} by {other.shape}')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def __repr__(self): return f'Matrix({self.rows})'
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join(' '.join(f'{v:>{width}}' for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, 2 * a, a * 0.5, -a, sep='\n--\n')
print(repr(a @ b), a @ Matrix.identity(2) == a, a[1, 0], a.shape)
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]),
            lambda: a + 1, lambda: {a}, lambda: a * 'x']:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
