# Imported by two threads at once: the second must wait for the first to finish it.
import builtins
import time
builtins.slowmod_runs = getattr(builtins, "slowmod_runs", 0) + 1
time.sleep(0.3)
VALUE = 42
