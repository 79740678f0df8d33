"""Helper module docstring."""
RAN_AS_MAIN = __name__ == '__main__'
print('helper module body runs once, as', __name__)
if __name__ == '__main__':
    print('not printed when imported')
