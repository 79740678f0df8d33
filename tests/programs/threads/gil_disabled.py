# free-threaded build: sys._is_gil_enabled() is False and stays False while threads run
import sys
import sysconfig
import threading
print(sys._is_gil_enabled())
print(bool(sysconfig.get_config_var('Py_GIL_DISABLED')))
flags = []
def check():
    flags.append(sys._is_gil_enabled())
ts = [threading.Thread(target=check) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(flags)
print(sys._is_gil_enabled())
