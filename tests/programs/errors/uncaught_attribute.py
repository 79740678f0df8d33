# an uncaught AttributeError with a suggestion, raised through a method call chain; stdout before it is kept
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self
    def summary(self):
        return f'{self.owner}: {self.balanse}'
acct = Account('zoe').deposit(10).deposit(5)
print('balance is', acct.balance)
print(acct.summary())
