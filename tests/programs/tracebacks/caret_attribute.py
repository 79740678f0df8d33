# Uncaught AttributeError deep in an attribute chain: the traceback's carets point at the failing attribute.
class Config:
    def __init__(self):
        self.database = None
config = Config()
print('about to fail')
host = config.database.host.name
