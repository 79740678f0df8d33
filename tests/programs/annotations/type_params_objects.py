# PEP 695 objects without typing: TypeVar/ParamSpec/TypeVarTuple attributes, lazy bounds and defaults, type aliases.
def first[T](xs: list[T]) -> T:
    return xs[0]
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, T, T.__bound__, T.__constraints__, T.__infer_variance__, T.__covariant__)
def bounded[N: (int, float), B: str, *Ts, **P](): pass
N, B, Ts, P = bounded.__type_params__
print(N.__constraints__, N.__bound__, B.__bound__, type(Ts).__name__, Ts, type(P).__name__, P)
print(T.__default__, T.has_default(), T.__module__)
def lazy[X: Later = Later2](): pass
(X,) = lazy.__type_params__
try:
    X.__bound__
except NameError as e:
    print('NameError:', e)
Later, Later2 = int, str
print(X.__bound__, X.__default__, X.has_default())
type Pair[A] = tuple[A, A]
print(Pair, Pair.__type_params__, Pair.__value__, Pair[int], Pair[int].__origin__ is Pair)
type Num = int | float
print(Num.__value__, Num | None, Num.__type_params__)
try:
    Num[int]
except TypeError as e:
    print('TypeError:', e)
print(T | None, first.__name__, first([3, 4]))
