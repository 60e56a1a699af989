# Decorators on methods: property, classmethod, staticmethod, lru_cache, custom method decorators.
import functools

def trace_method(func):
    @functools.wraps(func)
    def wrapper(self, *args):
        result = func(self, *args)
        print(f"  {type(self).__name__}.{func.__name__}{args} -> {result!r}")
        return result
    return wrapper

class Account:
    rate = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("  deleting balance")
        self._balance = 0

    @trace_method
    def deposit(self, amount):
        self.balance = self.balance + amount
        return self.balance

    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fee(amount): return amount * 0.01

    @classmethod
    @functools.lru_cache(maxsize=None)
    def interest_table(cls, years):
        return tuple(round((1 + cls.rate) ** y, 3) for y in range(years))

acct = Account.with_bonus("ann")
acct.deposit(50)
print(acct.owner, acct.balance, Account.fee(250), acct.fee(100))
try:
    acct.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
del acct.balance
print(acct.balance)
print(Account.interest_table(4), Account.interest_table(4) is Account.interest_table(4))
print(type(Account.__dict__["fee"]).__name__, type(Account.__dict__["balance"]).__name__)

@functools.lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    print(slow_square(n), end=" ")
print()
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info().currsize)

class Lazy:
    @functools.cached_property
    def value(self): return print("  computing value") or 42
lz = Lazy()
print(lz.value, lz.value, "value" in vars(lz))
