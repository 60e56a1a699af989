# Ends with an uncaught exception raised inside a generator while it is being consumed.
def parse_numbers(tokens):
    for index, token in enumerate(tokens):
        if token == "skip":
            continue
        value = float(token)
        yield index, value

def running_mean(pairs):
    total = 0.0
    count = 0
    for index, value in pairs:
        total += value
        count += 1
        yield index, round(total / count, 4)

good = "1 2 skip 3 4.5".split()
for index, mean in running_mean(parse_numbers(good)):
    print(f"after token {index}: mean {mean}")

print(sum(v for _, v in parse_numbers(good)))
g = parse_numbers(["7", "oops"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "generator finished after the error"))

bad = "10 20 thirty 40".split()
print("consuming the bad stream")
for index, mean in running_mean(parse_numbers(bad)):
    print(f"after token {index}: mean {mean}")
print("never printed")
