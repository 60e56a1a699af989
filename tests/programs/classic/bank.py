"""A bank-account simulation with custom exceptions, class hierarchies and a transaction log."""
from dataclasses import dataclass, field
from enum import Enum


class BankError(Exception):
    """Base class of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"
    INTEREST = "interest"


@dataclass
class Transaction:
    kind: Kind
    amount: float
    note: str = ""


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    frozen: bool = False
    history: list = field(default_factory=list)

    def deposit(self, amount, note=""):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(Transaction(Kind.DEPOSIT, amount, note))

    def withdraw(self, amount, note=""):
        self._check()
        if amount > self.balance + self.overdraft():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(Kind.WITHDRAW, amount, note))

    def overdraft(self):
        return 0.0

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account of {self.owner} is frozen")


@dataclass
class CheckingAccount(Account):
    limit: float = 100.0

    def overdraft(self):
        return self.limit


@dataclass
class SavingsAccount(Account):
    rate: float = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.balance += interest
        self.history.append(Transaction(Kind.INTEREST, interest))
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failures = []

    def open(self, account):
        if account.owner in self.accounts:
            raise BankError(f"duplicate account {account.owner}")
        self.accounts[account.owner] = account
        return account

    def transfer(self, source, target, amount):
        src, dst = self.accounts[source], self.accounts[target]
        try:
            src.withdraw(amount, note=f"to {target}")
        except BankError as e:
            self.failures.append(str(e))
            raise
        else:
            dst.deposit(amount, note=f"from {source}")
        finally:
            self.failures.append(f"attempted {source}->{target} {amount}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(CheckingAccount("alice", 50.0))
bob = bank.open(SavingsAccount("bob", 1000.0, rate=0.05))
carol = bank.open(Account("carol"))
for source, target, amount in [("alice", "bob", 120), ("alice", "bob", 100), ("bob", "carol", 250.5), ("carol", "alice", 300)]:
    try:
        bank.transfer(source, target, amount)
        print(f"ok   {source:6}->{target:6} {amount:8.2f}")
    except InsufficientFunds as e:
        print(f"fail {e} [{e.amount}]")
print("interest:", bob.add_interest())
carol.frozen = True
for action in (lambda: carol.deposit(5), lambda: alice.deposit(-1), lambda: bank.open(Account("bob"))):
    try:
        action()
    except (AccountFrozen, ValueError) as e:
        print(type(e).__name__, e)
    except BankError as e:
        print("BankError", e, isinstance(e, Exception))
for account in bank.accounts.values():
    kinds = [t.kind.value for t in account.history]
    print(f"{account.owner:6} {account.balance:10.2f} {type(account).__name__:16} {kinds}")
print(f"total {bank.total():.2f}", len(bank.failures), bank.failures[-1])
print(alice)
