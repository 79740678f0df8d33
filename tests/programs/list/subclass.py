# list subclasses: overridden methods are not used by built-in operations, slicing returns list, __init__ semantics
class Logged(list):
    def append(self, x):
        print('  append', x)
        super().append(x)
    def __getitem__(self, i):
        print('  getitem', i)
        return super().__getitem__(i)
l = Logged([1, 2])
l.append(3)
l.extend([4])
l += [5]
print(list(l), l[0], type(l[0:2]).__name__, type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
print(sorted(l), len(l), [x for x in l], isinstance(l, list), type(l).__name__, l == [1, 2, 3, 4, 5])
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2)
print(s, s.peek(), repr(s), s.pop(), s)
class Reinit(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 'attr'
r = Reinit('ab')
print(r, r.extra, vars(r))
r.__init__('xyz')
print(r)
