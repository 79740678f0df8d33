# Annotations on module variables, class variables and instance attributes; annotated assignments without value.
import sys
count: int = 0
name: str
print(count, 'name' in globals())
mod = sys.modules[__name__]
print(mod.__annotations__)
class Config:
    debug: bool = False
    level: int
    tags: list[str] = []
    def __init__(self):
        self.level: int = 3
        self.extra: 'unused at runtime' = 'attribute annotations are not stored'
c = Config()
print(Config.__annotations__, hasattr(Config, 'level'), c.level, c.extra)
def local_annotations():
    x: int = 5
    y: str
    return x, 'y' in locals()
print(local_annotations(), local_annotations.__annotations__)
class Child(Config):
    extra_field: float
print(Child.__annotations__)
obj = type('Obj', (), {})()
obj.attr: int = 1
lst = [0]
lst[0]: str = 'annotated subscript'
print(obj.attr, lst)
(parenthesized): int = 10
print(parenthesized, 'parenthesized' in mod.__annotations__)
