def greet(name):
    return f"Hello, {name}!"


print(greet("world"))
total = 0
for i in range(10):
    total += i * i
print("sum of squares below 10:", total)
