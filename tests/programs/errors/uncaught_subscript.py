# an uncaught "'NoneType' object is not subscriptable" error: traceback carets point at the subscript
def find(users, name):
    for u in users:
        if u['name'] == name:
            return u
users = [{'name': 'ann', 'age': 30}]
print(find(users, 'ann')['age'])
record = find(users, 'bob')
print('found:', record)
print(record['age'])
