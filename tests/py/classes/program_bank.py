# expected: python3.13 (class semantics; output identical in 3.13 and 3.14)
# A bank account simulation: inheritance, class attributes, properties, custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.shortfall = amount - account.balance

class Account:
    next_number = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def limit(self):
        return self._balance

    def month_end(self):
        gained = round(self._balance * self.interest, 2)
        self._balance = round(self._balance + gained, 2)
        return gained

    def __repr__(self):
        return f"{type(self).__name__}#{self.number}({self.owner}, {self._balance})"

class Savings(Account):
    interest = 0.02

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def limit(self):
        return self._balance + self.overdraft

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0, **kw):
        acct = cls(owner, balance, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e, "shortfall", e.shortfall)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.number))

bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50, overdraft=200)
p = bank.open(Account, "cy")
print(list(bank), len(bank), bank.total())
print(bank.transfer(s.number, c.number, 300), bank.transfer(c.number, p.number, 500),
      bank.transfer(c.number, p.number, 549))
for month in range(3):
    gains = [a.month_end() for a in bank]
    print("month", month, gains, bank.total())
try:
    p.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.balance = 10
except AttributeError as e:
    print(type(e).__name__, e)
print(c.history, c.balance, [type(a).__name__ for a in bank])
print(Account.next_number, isinstance(c, Account), issubclass(Savings, Checking))
