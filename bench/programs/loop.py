# The loop: sum of range(n) in a function.
def heavy_computation(n):
    count = 0
    for i in range(n):
        count += i
    return count


print(heavy_computation(10**7))
