# list methods: append/extend/insert/remove/pop/clear/index/count/reverse/copy, and their return values
l = [3, 1, 4]
print(l.append(1), l, l.extend([5, 9]), l, l.extend('ab'), l, l.extend(range(2)), l)
l.insert(0, 'start'); l.insert(-1, 'before-last'); l.insert(100, 'end'); l.insert(-100, 'very-start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(2), l)
l.remove(1)
print(l, l.index(1), l.index('a'), l.count(1), l.count('z'), l.index(1, 3) if l.count(1) > 1 else 'one')
c = l.copy()
c.reverse()
print(c, l, c is l, c == l[::-1])
l.clear()
print(l, len(l))
n = [1, 2, 3, 2, 1]
print(n.index(2), n.index(2, 2), n.index(1, -1), n.index(3, 0, 3), n.count(True), [0, False, 0.0].count(0))
e = []
e += 'xy'
e += (1,)
e += {9: 'k'}
print(e)
