# PEP 695 generic functions: type parameters, bounds, constraints, defaults (PEP 696), __type_params__.
def first[T](items: list[T]) -> T:
    return items[0]
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
def bounded[N: (int, float)](x: N) -> N:
    return x
def upper[S: str](s: S) -> S:
    return s.upper()
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def params[**P](f) -> None:
    pass
def with_default[T = int](x: T) -> T:
    return x
print(first([3, 2]), pair('a', 1), bounded(2.5), upper('abc'), variadic(1, 'x'))
for fn in (first, pair, bounded, upper, variadic, params, with_default):
    tps = fn.__type_params__
    print(fn.__name__, tps, [type(t).__name__ for t in tps])
T = first.__type_params__[0]
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__infer_variance__)
U = upper.__type_params__[0]
print(U.__bound__, bounded.__type_params__[0].__constraints__)
print(with_default.__type_params__[0].__default__, T.has_default(), with_default.__type_params__[0].has_default())
print(first.__annotations__)
print(variadic.__annotations__)
def outer():
    def inner[X](x: X) -> X:
        return x
    return inner
print(outer().__type_params__, outer().__qualname__)
print(T is first.__type_params__[0], first.__type_params__[0] is pair.__type_params__[0])
try:
    exec('def bad[T, T](): pass')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
