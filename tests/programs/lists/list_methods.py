# Every list method.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "before last"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(4), a.count(1), a.count("zzz"), a.index(5, 2), len(a))
b = a.copy(); b.append("copy only"); print(a, b)
a.reverse(); print(a)
nums = [5, 2, 8, 1, 9, 2]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.clear(); print(nums, len(nums))
try:
    nums.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
