# Docstrings are stored cleaned (3.13+): tabs expanded, common indentation of later lines removed.
def f1():
    """
        x
    	y
    """

def f2():
    """   first
      a

    b   
	c"""

class C:
    """  doc
       more
    """
    def m(self):
        """method doc
           second"""

def f3(): "\r\n  a\n  b"

def f4():
    "no indent"

for o in (f1, f2, C, C.m, C().m, f3, f4):
    print(repr(o.__doc__))
print(repr(__doc__))
