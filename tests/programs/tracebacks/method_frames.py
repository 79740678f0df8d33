# Traceback frame names for methods, classmethods, properties, nested functions and lambdas (co_name, not qualname).
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return self.helper(lambda b: 100 / b)
    def helper(self, fn):
        def apply():
            return fn(self.balance)
        return apply()
    @classmethod
    def empty(cls):
        return cls(0)
acct = Account.empty()
print('created account with balance', acct.balance)
print(acct.ratio)
