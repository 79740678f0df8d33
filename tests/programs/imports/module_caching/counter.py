print('counter module executing')
LOADS = 1
count = 0
def bump():
    global count
    count += 1
    return count
