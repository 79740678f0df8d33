# t-strings (PEP 750): Template and Interpolation objects, their attributes, iteration, conversions.
from string.templatelib import Template, Interpolation
name = 'World'
amount = 3.14159
t = t'Hello {name}! Pi is {amount:.2f} and {name!r:>10}.'
print(type(t).__name__, type(t).__module__)
print(t.strings)
print(len(t.interpolations))
for i in t.interpolations:
    print(type(i).__name__, repr(i.value), repr(i.expression), repr(i.conversion), repr(i.format_spec))
print(t.values)
print(list(t))
print(repr(t'plain'), t'plain'.strings, t'plain'.interpolations)
t2 = t'{name}{amount}'
print(t2.strings)
combined = t + t'!'
print(type(combined).__name__, combined.strings)
try:
    t + 'str'
except TypeError as e:
    print(e)
def render(template):
    out = []
    for part in template:
        if isinstance(part, Interpolation):
            v = part.value
            if part.conversion == 'r':
                v = repr(v)
            out.append(format(v, part.format_spec))
        else:
            out.append(part)
    return ''.join(out)
print(render(t))
x = 10
print(t'{x = }'.strings, t'{x=}'.interpolations[0].conversion, t'{x=:>5}'.interpolations[0].format_spec)
manual = Template('a', Interpolation(1, 'one'), 'b')
print(manual.strings, manual.values, manual.interpolations[0].expression)
i = Interpolation('v', 'expr', 's', '>4')
print(i.value, i.expression, i.conversion, i.format_spec)
print(Interpolation.__match_args__)
match i:
    case Interpolation(value, expression, conversion, format_spec):
        print('matched', value, expression, conversion, format_spec)
nested = t'outer {t"inner {x}"}'
print(type(nested.interpolations[0].value).__name__)
width = 6
print(t'{x:{width}}'.interpolations[0].format_spec)
print(rt'\n{x}'.strings)
