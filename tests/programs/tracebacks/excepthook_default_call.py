# Calling sys.__excepthook__ directly prints a traceback to stderr without stopping the program.
import sys
try:
    {}['key']
except KeyError:
    sys.__excepthook__(*sys.exc_info())
print('program continues')
sys.excepthook(ValueError, ValueError('printed, not raised'), None)
print('exit status stays 0')
