from . import order
order.append('sub_a')
print('sub_a executing')
def who():
    return 'sub_a'
