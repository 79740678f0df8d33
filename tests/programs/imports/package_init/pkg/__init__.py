order = ['pkg/__init__']
print('pkg/__init__ executing')
