from . import order
order.append('sub_b')
print('sub_b executing')
def who():
    return 'sub_b'
