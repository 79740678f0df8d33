# Semicolon-separated statements, one-line compound statements, line continuations.
a = 1; b = 2; c = a + b; print(c)
if c == 3: print('inline if'); print('second inline')
for i in range(2): print('inline for', i)
while a < 3: a += 1
print('a', a)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # a comment inside brackets
    3,
]
print(values)
text = ('implicit '
        'concatenation '
        "across lines")
print(text)
def f(x): return x * 2
class C: attr = 5
print(f(C.attr))
x = (
    lambda y:
        y + 1
)(41)
print(x)
