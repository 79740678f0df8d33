# 1,000,000 method calls on an instance with attribute reads and writes.
class Counter:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def add(self, x):
        self.total += x
        self.calls = self.calls + 1
        return self.total


def run(n):
    c = Counter()
    for i in range(n):
        c.add(i)
    return c.total, c.calls


print(run(1000000))
