# Uncaught TypeError from a binary operation.
values = [1, 2, "three"]
total = 0
for v in values:
    total = total + v
    print("total", total)
