# Uncaught KeyError/IndexError in a subscript chain: carets mark the failing subscript (~ and ^).
data = {'users': [{'name': 'ada', 'roles': ['admin']}]}
print(data['users'][0]['roles'][0])
print(data['users'][0]['groups'][0])
