# typing runtime objects: TypeVar/ParamSpec/TypeVarTuple repr and attributes, Generic subscription, get_type_hints.
import typing
from typing import TypeVar, Generic, ParamSpec, TypeVarTuple, get_type_hints, Optional, Union, Callable
T = TypeVar('T')
B = TypeVar('B', bound=int)
C = TypeVar('C', int, str)
Cov = TypeVar('Cov', covariant=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
print(T, B, C, Cov, P, Ts, repr(P.args), repr(P.kwargs))
print(B.__bound__, C.__constraints__, Cov.__covariant__)
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
print(Stack[int], Stack.__parameters__, Stack[int].__parameters__)
print(Optional[int], Union[int, str], int | str, Union[int, int], Callable[[int], str], Callable[P, T])
print(int | None == Optional[int], type(int | str).__name__, (int | str).__args__)
def hinted(a: int, b: 'Stack[str]', c: Optional[float] = None) -> list[int]:
    return []
print(get_type_hints(hinted))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(Union[int, str]))
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(3, int | str), issubclass(bool, int | None))
