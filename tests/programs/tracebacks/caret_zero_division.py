# Uncaught ZeroDivisionError in a function called from a loop: the frames and the division carets.
def ratio(numerator, denominator):
    scaled = numerator * 100
    return scaled // denominator
for d in (4, 2, 0):
    print(ratio(10, d))
