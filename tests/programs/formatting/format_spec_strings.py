# Format specs on strings: fill, align, width, precision (truncation); and on bools and None.
for s in ["", "a", "hello", "hello world!"]:
    print("[" + format(s, "") + "][" + format(s, "8") + "][" + format(s, ">8") + "][" + format(s, "^8") + "][" + format(s, "-<8") + "][" + format(s, ".3") + "][" + format(s, "*^9.4") + "][" + format(s, "s") + "]")
print(f"[{'x':>5}] [{'x':_<5}] [{'x':0>5}] [{'left':<10}|] [{'ctr':=^11}]")
print(format(True, ""), format(True, "d"), format(False, ">6"), format(True, "^7"), format(None, ""))
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError:", e)
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "=10")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format(None, "d")
except TypeError as e:
    print("TypeError:", e)
