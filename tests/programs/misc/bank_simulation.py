# A small object-oriented simulation: classes, properties, custom exceptions, class-level counters, sorting, formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})')
        self.shortfall = amount - account.balance
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account#{self.id}({self.owner!r}, {self._balance:.2f})'
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
accounts = [Account('ann', 100), SavingsAccount('bob', 250.5), Account('cy')]
transfer(accounts[0], accounts[2], 40)
print(accounts[1].add_interest())
for src, dst, amount in [(2, 0, 100), (1, 2, 10.25), (0, 1, -5)]:
    try:
        if amount < 0:
            accounts[dst].deposit(amount)
        transfer(accounts[src], accounts[dst], amount)
    except InsufficientFunds as e:
        print('failed:', e, f'short by {e.shortfall:.2f}')
    except ValueError as e:
        print('invalid:', e)
for acct in sorted(accounts, key=lambda a: -a.balance):
    print(acct, acct.history)
print(f'total {sum(a.balance for a in accounts):,.2f}', isinstance(accounts[1], Account), type(accounts[1]).__mro__[1].__name__)
