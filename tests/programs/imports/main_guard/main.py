# __name__ == '__main__' checks: imported modules see their own name; module attributes (__file__, __spec__).
import os
import helper
print('main __name__:', __name__)
print('helper.__name__:', helper.__name__, helper.RAN_AS_MAIN)
print(os.path.basename(helper.__file__), helper.__spec__.name, helper.__spec__.origin == helper.__file__)
print(type(helper.__loader__).__name__, helper.__package__ == '', helper.__cached__ is None or helper.__cached__.endswith('.pyc'))
print(__spec__, __package__, type(__loader__).__name__)
print(os.path.basename(__file__))
print(helper.__doc__)
if __name__ == '__main__':
    print('main block runs')
