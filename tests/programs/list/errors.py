# list error messages: index/pop/remove/index failures, bad index types, and unsupported operations
l = [1, 2, 3]
stmts = ['l[3]', 'l[-4]', 'l[3] = 0', "l['a']", 'l[1.0]', 'l.pop(10)', '[].pop()', 'l.remove(9)', 'l.index(9)',
         'l.index(1, 1)', 'l + (4,)', 'l + "a"', 'l * 1.5', 'l - [1]', 'l < "x"', 'l.insert("0", 1)', 'l.pop("1")',
         'l.sort(key=1)', 'l.sort(1)', 'l.extend(5)', 'del l[5]', 'l.append()', 'l.append(1, 2)', 'list(5)', 'list(1, 2)',
         'hash(l)', '{l: 1}', 'l[::0]', 'l[10 ** 30]', 'l.count()', '[].index()']
for s in stmts:
    try:
        exec(s)
        print(s, 'ok')
    except (IndexError, TypeError, ValueError) as e:
        print(s, '->', type(e).__name__ + ':', e)
print(l)
