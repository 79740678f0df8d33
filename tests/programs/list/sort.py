# list.sort/sorted: stability, key functions, reverse keeping stability, mixed numeric types and comparison errors
data = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 1), ('eve', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, 1.5, -2, True, 0, 2 ** 70, -0.0, 1e-300]
nums.sort()
print(nums)
l = [5, 2, 8]
print(l.sort(), l, sorted(l, reverse=True), l)
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((3, 2, 1)), sorted([]), sorted([[2, 1], [1, 2], [1]]))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f'R{self.v}'
print(sorted([Rev(1), Rev(3), Rev(2)]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
for args, kw in [(([1, 'a'],), {}), (([1, None],), {}), (([1, 2],), {'key': 5}), (([1, 2], None), {}), (([1, 2],), {'cmp': None})]:
    try:
        sorted(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    [3, 'x', 1].sort()
except TypeError as e:
    print('TypeError:', e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(999)), len(s))
stable = sorted(range(20), key=lambda i: i % 3)
print(stable)
