# bool: cannot be subclassed or instantiated with odd arguments; True/False are singletons; bool() arguments
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
print(bool() is False, bool(1) is True, bool(2) is True)
try:
    bool(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    bool(x=1)
except TypeError as e:
    print('TypeError:', e)
print(True.__class__ is bool, type(1 == 1) is bool, type(not 0) is bool, type([] or False) is bool)
print(bool.__new__(bool, 5), bool.__new__(bool))
print(int.__repr__(True), int.__str__(False), int.__add__(True, 1))
class MyInt(int):
    pass
print(isinstance(MyInt(1), bool), MyInt(1) == True, bool(MyInt(0)))
print(True.__index__(), [10, 20][True], range(3)[True])
print(str(True), format(True), format(True, ''), format(True, 'd'))
print(format(False, '^7'), format(True, '#x'), '%s %d %r' % (True, True, False))
