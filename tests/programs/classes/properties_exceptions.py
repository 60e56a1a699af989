# Custom exception classes with extra data, and class-level validation.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance

acct = Account("ann", 100)
for amount in [30, -5, 100, 70]:
    try:
        print("left:", acct.withdraw(amount))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except BankError:
        print("other bank error")
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(InsufficientFunds, Exception), repr(BankError("x")), str(InsufficientFunds(5, 1)))
try:
    raise BankError
except Exception as e:
    print(type(e).__name__, repr(e))
