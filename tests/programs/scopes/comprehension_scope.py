# Comprehension scopes (inlined in 3.12+ but semantically isolated): iteration variables don't leak, closures.
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def in_function():
    n = 10
    result = [n + k for k in range(3)]
    nested = [[n * a + b for b in range(2)] for a in range(2)]
    return result, nested, 'k' in locals()
print(in_function())
def comprehension_sees_function_locals():
    base = 100
    return {key: base + value for key, value in zip('ab', (1, 2))}
print(comprehension_sees_function_locals())
x = 'module x'
def shadowing():
    x = 'function x'
    return [x for _ in range(1)], [x for x in ['comprehension x']], x
print(shadowing())
print(sorted({j % 3 for j in range(10)}), 'j' in globals())
g = (y for y in range(3))
print(list(g), 'y' in globals())
def locals_inside():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(locals_inside())
