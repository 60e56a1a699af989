# input() reads lines from stdin without the newline; EOFError at the end.
name = input()
print("Hello,", name)
count = int(input("How many numbers? "))
numbers = []
for i in range(count):
    numbers.append(int(input()))
print("sum:", sum(numbers), "max:", max(numbers))
line = input("words: ")
print(sorted(line.split()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
