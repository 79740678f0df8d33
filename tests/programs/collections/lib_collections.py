# Lib/collections on the native _collections: namedtuple, Counter, ChainMap, OrderedDict, deque, defaultdict (needs _weakref).
import collections
from collections import namedtuple, Counter, ChainMap, OrderedDict, deque, defaultdict
P = namedtuple('P', 'x y', defaults=[0])
p = P(1); print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._fields, P.x.__doc__)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], +c, c - Counter('ab'), c.total())
c.update('zz'); print(sorted(c.elements())[:4], c & Counter('aaz'), c | Counter('q'))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child(), dict(cm))
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
d = deque(range(5), maxlen=3); d.rotate(1); print(d, isinstance(d, collections.abc.MutableSequence))
dd = defaultdict(list); dd['k'].append(1); print(dd, isinstance(dd, collections.abc.MutableMapping))
print(collections.abc.Mapping, issubclass(deque, collections.abc.Sequence))
