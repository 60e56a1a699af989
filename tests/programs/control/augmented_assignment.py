# Augmented assignment on names, list items, attributes of dicts; += on lists mutates in place.
x = 5
x += 3; x -= 1; x *= 4; x //= 3; x **= 2; x %= 50
print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[0] += [99]
print(m)
i = 0
calls = []
def idx():
    calls.append("called")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
f = 1.5
f += 1; f /= 2
print(f)
flags = 0b1010
flags |= 1; flags &= ~0b10; flags ^= 0b100; flags <<= 2; flags >>= 1
print(bin(flags))
