# int() of a bad string, uncaught: ValueError with the literal quoted.
values = ["10", "20", "thirty"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
