# With cyc_b: a circular import started from two threads at once (each starts at one end).
import time
time.sleep(0.2)
import cyc_b
A = 1
