# A bank simulation with accounts as dicts: deposits, withdrawals, transfers, interest, audit log.
accounts = {}
log = []
next_number = [1000]

def open_account(owner, kind="checking", initial=0):
    number = next_number[0]
    next_number[0] += 1
    accounts[number] = {"owner": owner, "kind": kind, "balance": 0, "history": []}
    if initial:
        deposit(number, initial)
    log.append(("open", number, owner))
    return number

def deposit(number, amount):
    if amount <= 0:
        raise ValueError(f"deposit must be positive: {amount}")
    acct = accounts[number]
    acct["balance"] += amount
    acct["history"].append(("deposit", amount))

def withdraw(number, amount):
    acct = accounts[number]
    limit = -500 if acct["kind"] == "checking" else 0
    if acct["balance"] - amount < limit:
        raise ValueError(f"insufficient funds in {number}: balance {acct['balance']}, requested {amount}")
    acct["balance"] -= amount
    acct["history"].append(("withdraw", amount))

def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except (ValueError, KeyError):
        deposit(src, amount)
        raise
    log.append(("transfer", src, dst, amount))

def apply_interest(rate_per_mille):
    for number in sorted(accounts):
        acct = accounts[number]
        if acct["kind"] == "savings" and acct["balance"] > 0:
            interest = acct["balance"] * rate_per_mille // 1000
            acct["balance"] += interest
            acct["history"].append(("interest", interest))

def statement(number):
    acct = accounts[number]
    lines = [f"Account {number} ({acct['kind']}) - {acct['owner']}"]
    running = 0
    for kind, amount in acct["history"]:
        running += -amount if kind == "withdraw" else amount
        lines.append(f"  {kind:<9}{amount:>10,}{running:>12,}")
    lines.append(f"  {'balance':<9}{acct['balance']:>22,}")
    return "\n".join(lines)

alice = open_account("Alice", "checking", 1200)
bob = open_account("Bob", "savings", 50000)
carol = open_account("Carol", "checking")
deposit(carol, 300)
transfer(bob, alice, 2500)
withdraw(alice, 3000)
operations = [
    ("withdraw", alice, 1000),
    ("deposit", carol, -5),
    ("transfer", carol, 9999, 100),
    ("transfer", alice, carol, 150),
    ("withdraw", bob, 1000000),
]
for op in operations:
    try:
        if op[0] == "withdraw":
            withdraw(op[1], op[2])
        elif op[0] == "deposit":
            deposit(op[1], op[2])
        else:
            transfer(op[1], op[2], op[3])
        print("ok:", op)
    except ValueError as e:
        print("refused:", op, "-", e)
    except KeyError as e:
        print("no such account:", e)
for month in range(1, 4):
    apply_interest(5)
for number in sorted(accounts):
    print(statement(number))
total = sum(a["balance"] for a in accounts.values())
print("total deposits:", f"{total:,}")
print("log:", log)
richest = max(accounts, key=lambda n: accounts[n]["balance"])
print("richest:", accounts[richest]["owner"], accounts[richest]["balance"])
