# Ends with an uncaught exception raised inside a method of a class.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

class InsufficientFunds(Exception):
    def __init__(self, owner, wanted, available):
        super().__init__(f"{owner} wanted {wanted} but has only {available}")

acct = Account("ann", 100)
acct.deposit(50).withdraw(30)
print(acct, acct.history)
try:
    acct.deposit(-5)
except ValueError as e:
    print("caught:", e)
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print("caught:", type(e).__name__, e)
print(acct)
print("withdrawing too much without a handler")
acct.withdraw(500)
print("never printed")
