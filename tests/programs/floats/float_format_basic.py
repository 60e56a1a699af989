# str() of floats in containers and in string concatenation with str().
data = [1.0, 2.5, 1 / 7, 1e-7, 12345678.9, 1e21, 0.000123]
for x in data:
    print("value: " + str(x) + " twice: " + str(x * 2) + " squared: " + str(x * x))
print(data)
print(tuple(data[:3]))
print(sum(data), sum(data) / len(data))
print(str(1e16), str(1.0e15), str(123456789.123456789), str(0.1 + 0.7))
