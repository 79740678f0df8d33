# With cyc_a: a circular import started from two threads at once (each starts at one end).
import time
time.sleep(0.2)
import cyc_a
B = 2
