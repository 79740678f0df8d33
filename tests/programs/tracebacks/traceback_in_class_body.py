# Uncaught errors raised in a class body and via a decorator: frame names <module>, class name, decorator.
def register(fn):
    fn.registered = fn.__name__.upper()
    return fn.missing_attribute
class Service:
    name = 'svc'
    @register
    def handler(self):
        pass
