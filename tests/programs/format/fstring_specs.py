# f-string format specs: nested replacement fields in specs, conversions before specs, '=' debugging with specs
import math
width, prec, val = 12, 4, math.pi
print(f'[{val:{width}.{prec}f}] [{val:<{width}.{prec}e}] [{val:^{width}}] [{val:{"*"}>{width}.2}]')
print(f'{val=}', f'{val=:.3f}', f'{val = :10.2f}|', f'{"x"=!r:>5}', f'{1 + 1=}', f'{width*2=:#x}')
items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 100)]
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:>5d}|{price * qty:>10,.2f}')
print(f'{"left":<{width}}|', f'{"nested":{"^"}{width}}|', f"{'q':{'>'}{3}}")
print(f'{3.0:{"g"}}', f'{10 ** 10:{","}}', f'{255:{"#"}{"x"}}', f'{-1.5:{"+"}.{0}f}')
fmt = '.2%'
print(f'{0.25:{fmt}}', f'{1 / 3:{fmt}}')
print(f'{"nested {braces}"}', f'{{literal}}', f'{{{width}}}', f'{"%s" % "pct"}')
