# Single inheritance basics: overriding, explicit base calls, isinstance/issubclass, inherited class attributes.
class Animal:
    sound = '...'
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{type(self).__name__} {self.name} with {self.legs} legs: {self.speak()}'
class Dog(Animal):
    sound = 'woof'
class Bird(Animal):
    sound = 'tweet'
    legs = 2
    def speak(self):
        return Animal.speak(self) + ' (flying)'
class Parrot(Bird):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words
    def speak(self):
        return f'{self.name} says {self.words!r}'
for a in (Animal('generic'), Dog('rex'), Bird('tweety'), Parrot('polly', 'hello')):
    print(a.describe())
print(isinstance(Parrot('p', ''), Animal), issubclass(Parrot, Bird), issubclass(Dog, Bird), issubclass(Bird, (Dog, Animal)))
print(Parrot.__bases__, Parrot.__base__.__name__, [c.__name__ for c in Parrot.__mro__])
print(Animal.__subclasses__())
Dog.sound = 'WOOF'
print(Dog('max').speak())
print(issubclass(bool, int), isinstance(True, int), issubclass(object, object), isinstance(Animal, type))
try:
    issubclass(Dog('x'), Animal)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(5): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print('TypeError:', e)
