# f-string conversions !r !s !a, the = specifier (with whitespace and format spec), nesting, quotes.
name = 'Zoë'
val = [1, 'two']
print(f'{name!r} {name!s} {name!a} {val!r} {val!a}')
print(f'{name=} {val=}')
print(f'{name = }')
print(f'{ 1 + 2 = }')
x = 3.14159
print(f'{x=:.2f} {x = :>10.3f}')
print(f'{x=!s} {name=!a}')
class C:
    def __repr__(self): return 'C()'
    def __str__(self): return 'str of C'
    def __format__(self, spec): return f'format of C with {spec!r}'
c = C()
print(f'{c} {c!r} {c!s} {c:xyz} {c=} {c!s:>10}')
print(f"{'nested quotes'} {"same quotes in 3.12+"} {'a' + "b"}")
print(f'{f"{f'{1 + 1}'}"}')
items = ['a', 'b']
print(f'{", ".join(items)} {len(items):03d} {items[0]!r:>5}')
print(f'{{literal braces}} {{{name}}}')
d = {'key': 'value'}
print(f'{d["key"]} {d['key']}')
print(f'''{
    name
    .upper()
}''')
print(f'{3:{"<"}{5}}|', f'{"x":{"*"}^{7}}')
print(f'{x:{"."}{2}f}')
print(f'{(lambda: "lam")()} {(y := 5)} {y}')
print(f'{'\n'.join(['l1', 'l2'])}')
print(f'{name # a comment inside the braces
}')
print(F'upper F', rf'\n{name}', fr'{name}\t')
print(f'{0:#{"x"}}', f'{255:{"#"}{"x"}}')
