PUBLIC = 1
_hidden = 2
def public_func():
    return "pf"
