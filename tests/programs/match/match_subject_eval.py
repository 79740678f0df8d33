# The subject is evaluated once; patterns are tried top to bottom; no case matching is not an error.
calls = 0
def subject():
    global calls
    calls += 1
    return {'k': [1, 2, 3]}
match subject():
    case {'k': [1]}:
        print('no')
    case {'k': [1, 2]}:
        print('no')
    case {'k': [_, _, third]}:
        print('third =', third)
print('subject evaluated', calls, 'time(s)')
match 42:
    case 'x':
        print('not reached')
print('no case matched: execution continues')
class Spy:
    __match_args__ = ('a', 'b')
    def __getattribute__(self, name):
        print('  getattr', name)
        return object.__getattribute__(self, name)
    a = 1
    b = 2
match Spy():
    case Spy(1, 3):
        print('no')
    case Spy(a=1, b=2):
        print('yes')
def lengths():
    class L(list):
        def __len__(self):
            print('  __len__ called')
            return super().__len__()
    match L([1, 2, 3]):
        case [_]:
            pass
        case [_, _]:
            pass
        case [*_]:
            print('star matched')
lengths()
