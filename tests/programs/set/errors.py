# set/frozenset errors: unhashable elements, KeyError from remove/pop, frozenset immutability, changed-size iteration
for v in ([1], {2}, {'k': 1}, bytearray()):
    try:
        {v}
    except TypeError as e:
        print('TypeError:', e)
    try:
        set([v])
    except TypeError as e:
        print('TypeError:', e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print('KeyError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
fs = frozenset({1})
for stmt in ['fs.add(2)', 'fs.discard(1)', 'fs.update({2})', 'fs |= {2}']:
    try:
        exec(stmt)
        print(stmt, 'ok', sorted(fs))
    except AttributeError as e:
        print(stmt, '->', e)
print({1} in [set([1])], {1} in {frozenset({1})}, frozenset({1}) in {frozenset({1})})
try:
    [] in {1}
except TypeError as e:
    print('TypeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])))
