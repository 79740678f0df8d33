# __init_subclass__ (with class keywords) and __class_getitem__; registries built by base classes.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print(f'registered {cls.plugin_name} (kwargs {kwargs})')

class Json(Plugin, name='json'): pass
class Yaml(Plugin): pass
class SubJson(Json): pass
print(sorted(Plugin.registry), SubJson.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print('TypeError:', e)

class Container:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Container[int], Container['x'], Container[1, 2])
class Sub(Container): pass
print(Sub[str])
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(tuple[int, ...], type[int])
try:
    int[str]
except TypeError as e:
    print('TypeError:', e)
class Meta(type):
    def __getitem__(cls, item):
        return f'metaclass getitem {item}'
class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem'
print(UsesMeta[0])
class Default:
    pass
class Child(Default):
    def __init_subclass__(cls):
        print('Child.__init_subclass__ for', cls.__name__)
class GrandChild(Child): pass
print(Default.__init_subclass__.__self__ is Default)
