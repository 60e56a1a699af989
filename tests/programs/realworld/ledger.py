"""A double-entry bank ledger in integer cents: accounts, journal entries that must balance,
interest with banker's rounding done by hand, statements and a trial balance."""
from collections import defaultdict


class LedgerError(Exception):
    pass


def parse_amount(text):
    """'12.34' -> 1234, '-0.5' -> -50, '7' -> 700; rejects more than two decimals."""
    text = text.strip().replace(",", "")
    negative = text.startswith("-")
    whole, _, frac = text.lstrip("+-").partition(".")
    if len(frac) > 2 or not (whole or frac) or not (whole + frac).isdigit():
        raise LedgerError(f"bad amount {text!r}")
    cents = int(whole or "0") * 100 + int(frac.ljust(2, "0") or "0")
    return -cents if negative else cents


def fmt(cents):
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{frac:02d}"


def round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


class Ledger:
    def __init__(self):
        self.balances = defaultdict(int)
        self.journal = []

    def post(self, memo, *lines):
        if sum(amount for _, amount in lines) != 0:
            raise LedgerError(f"entry {memo!r} does not balance: {fmt(sum(a for _, a in lines))}")
        for account, amount in lines:
            if account.startswith("asset:") and self.balances[account] + amount < 0:
                raise LedgerError(f"{account} would be overdrawn")
        for account, amount in lines:
            self.balances[account] += amount
        self.journal.append((memo, lines))

    def transfer(self, memo, source, target, text):
        cents = parse_amount(text)
        if cents <= 0:
            raise LedgerError("transfer amount must be positive")
        self.post(memo, (source, -cents), (target, cents))

    def accrue_interest(self, account, rate_bp, days):
        cents = round_half_even(self.balances[account] * rate_bp * days, 10000 * 365)
        if cents:
            self.post(f"interest {days}d", (account, cents), ("income:interest", -cents))
        return cents

    def statement(self, account):
        running = 0
        for memo, lines in self.journal:
            for acct, amount in lines:
                if acct == account:
                    running += amount
                    yield memo, amount, running


ledger = Ledger()
ops = [("opening", "equity:owner", "asset:checking", "1,500.00"),
       ("salary", "income:salary", "asset:checking", "3200"),
       ("rent", "asset:checking", "expense:rent", "1250.5"),
       ("to savings", "asset:checking", "asset:savings", "2000.00"),
       ("groceries", "asset:checking", "expense:food", "187.23"),
       ("overdraw", "asset:checking", "expense:toys", "9999.99"),
       ("typo", "asset:checking", "expense:food", "12.345"),
       ("negative", "asset:checking", "expense:food", "-5"),
       ("coffee", "asset:checking", "expense:food", ".75")]
for memo, src, dst, amount in ops:
    try:
        ledger.transfer(memo, src, dst, amount)
        print(f"posted  {memo:<11}{fmt(parse_amount(amount)):>10}")
    except LedgerError as exc:
        print(f"refused {memo:<11}{exc}")
try:
    ledger.post("unbalanced", ("asset:checking", -100), ("expense:food", 99))
except LedgerError as exc:
    print("refused", exc)
for days in (30, 31, 365):
    print(f"interest for {days} days:", fmt(ledger.accrue_interest("asset:savings", 425, days)))
print("\nstatement asset:checking")
for memo, amount, running in ledger.statement("asset:checking"):
    print(f"  {memo:<12}{fmt(amount):>10}{fmt(running):>11}")
print("\ntrial balance")
for account in sorted(ledger.balances):
    print(f"  {account:<18}{fmt(ledger.balances[account]):>11}")
print("  total", fmt(sum(ledger.balances.values())), "entries", len(ledger.journal))
print([round_half_even(n, 10) for n in (14, 15, 25, 26, -15, -25)], [fmt(c) for c in (0, 5, -5, 123456789)])
