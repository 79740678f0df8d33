# ftpy demo: a little of everything the interpreter runs today (see docs/ARCHITECTURE.md).
import sys

print(f"ftpy {sys.version_info.major}.{sys.version_info.minor}, GIL enabled: {sys._is_gil_enabled()}")


class Account:
    """A class with a property and a classmethod."""

    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    @classmethod
    def opened(cls):
        return cls.count

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"


accounts = [Account(name, 10 * i) for i, name in enumerate(["ada", "grace", "alan"], start=1)]
print(accounts, Account.opened())


def primes():
    """An infinite generator."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


gen = primes()
print([next(gen) for _ in range(10)])

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

match {"kind": "point", "x": 3, "y": 4}:
    case {"kind": "point", "x": x, "y": y}:
        print("point at", (x, y), "distance", (x * x + y * y) ** 0.5)

try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)

print(2 ** 100, 1 / 3, 0.1 + 0.2)

# Two threads, each on its own worker, append to one shared list: no GIL, no lost updates.
import _thread

shared = []
finished = _thread.allocate_lock()
guard = _thread.allocate_lock()
running = [2]
finished.acquire()


def append_many(n):
    for i in range(n):
        shared.append(i)
    with guard:
        running[0] -= 1
        if running[0] == 0:
            finished.release()


for _ in range(2):
    _thread.start_new_thread(append_many, (100_000,))
finished.acquire()
print("items appended by 2 threads:", len(shared))
