# The enum module on top of metaclasses: members, values, iteration order, aliases, Flag combinations, auto().
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color.__members__.values()])
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), type(Color).__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), Perm(7), int(Perm.X.value))
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.NOT_FOUND + 1, sorted([Status.NOT_FOUND, Status.OK]), f'{Status.OK}')
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.EARTH.value)
class Shape(enum.StrEnum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()
print(list(Shape), Shape.CIRCLE == 'circle', Shape('square'))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('matched green')
try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print('TypeError:', e)
