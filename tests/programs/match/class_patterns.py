# Class patterns: keyword and positional sub-patterns, __match_args__, builtins matching themselves, errors.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point3(x, y, z=0):
            return f'3d on plane at {x},{y}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str() | bytes():
            return 'text'
        case list([1, *_]):
            return 'list starting with 1'
        case dict(a=1):
            return 'dict with attribute a?'
        case _:
            return 'unknown'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), 7, 2.5,
          'abc', b'x', [1, 2], [2], {'a': 1}, True]:
    print(where(p))
class NoArgs:
    pass
class TooFew:
    __match_args__ = ('a',)
    a = 1
for subject, pattern in [(NoArgs(), 'NoArgs(1)'), (TooFew(), 'TooFew(1, 2)'), (1, 'int(1, 2)'),
                         (Point(1, 2), 'Point(1, x=1)'), (1, 'len(1)')]:
    try:
        exec(f'match subject:\n    case {pattern}:\n        print("matched")\n    case _:\n        print("no match")', {**globals(), 'subject': subject})
    except TypeError as e:
        print('TypeError:', e)
class BadMatchArgs:
    __match_args__ = ['x']
    x = 1
try:
    match BadMatchArgs():
        case BadMatchArgs(v):
            print(v)
except TypeError as e:
    print('TypeError:', e)
