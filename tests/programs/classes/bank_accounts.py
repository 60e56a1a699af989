# A class-based bank: accounts with subclasses, transactions, fees, interest and a monthly report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot withdraw {amount}, balance is {account.balance}")
        self.amount = amount

class Transaction:
    def __init__(self, kind, amount, balance_after):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after

    def __repr__(self):
        return f"Transaction({self.kind!r}, {self.amount}, {self.balance_after})"

class Account:
    next_number = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.number = f"AC{Account.next_number:04d}"
        Account.next_number += 1
        self.balance = 0
        self.transactions = []
        if balance:
            self.deposit(balance)

    def _record(self, kind, amount):
        self.transactions.append(Transaction(kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record("deposit", amount)

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount)

    def month_end(self):
        pass

    def __str__(self):
        return f"{type(self).__name__} {self.number} ({self.owner}): {self.balance:,}"

class Checking(Account):
    fee = 2
    overdraft = 100

    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee * 5
            self._record("overdraft fee", self.fee * 5)
        self.balance -= self.fee
        self._record("fee", self.fee)

class Savings(Account):
    rate_percent = 2

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.balance += interest
            self._record("interest", interest)

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, balance=0):
        account = kind(owner, balance)
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank("First Python")
a = bank.open(Checking, "ann", 500)
b = bank.open(Savings, "ben", 10000)
c = bank.open(Checking, "cid")
bank.transfer(b.number, a.number, 250)
for action in [lambda: a.withdraw(800), lambda: c.withdraw(150), lambda: c.withdraw(50), lambda: b.deposit(0),
               lambda: bank.transfer(a.number, "AC9999", 10)]:
    try:
        action()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
for month in range(3):
    bank.month_end()
for acct in bank.accounts.values():
    print(acct)
    for t in acct.transactions:
        print("   ", t)
print("bank total:", bank.total())
print(sorted((acct.balance, acct.owner) for acct in bank.accounts.values()))
