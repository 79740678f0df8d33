# while loops: else runs when the condition becomes false, not after break; continue; nested loops.
i = 0
while i < 3:
    print('loop', i)
    i += 1
else:
    print('else after normal end, i =', i)

i = 0
while i < 10:
    if i == 2:
        print('break at', i)
        break
    i += 1
else:
    print('not printed')

i = 0
out = []
while i < 10:
    i += 1
    if i % 3:
        continue
    out.append(i)
else:
    out.append('else')
print(out)

while False:
    print('never')
else:
    print('else of a loop that never ran')

n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)

outer = 0
found = None
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    else:
        outer += 1
        continue
    break
print('found', found)

stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print('depth', depth)
