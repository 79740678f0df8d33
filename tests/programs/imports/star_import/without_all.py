import sys as _sys
class Visible:
    pass
def _hidden():
    pass
CONSTANT = 42
