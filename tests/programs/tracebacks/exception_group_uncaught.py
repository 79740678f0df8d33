# An uncaught nested ExceptionGroup: the boxed traceback format with numbered sub-exceptions and nesting.
def fail(exc):
    raise exc
def collect():
    errors = []
    for exc in (ValueError('bad value'), TypeError('bad type')):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup('inner problems', [KeyError('k'), OSError('disk')])
    errors.append(inner)
    raise ExceptionGroup('several failures', errors)
collect()
