# A program with an indentation error: IndentationError with the offending line and caret.
print('never printed')
if True:
    x = 1
      y = 2
