# An uncaught exception from code that tier 1 compiled (by calls, and by on-stack replacement of a
# module-level loop): the traceback is the interpreter's, with the same lines.
def scale(items, factor):
    return [item * factor for item in items]

def lookup(table, key):
    return table[key]

total = 0
for i in range(1000):
    total += len(scale([1, 2, 3], i))
print(total)
table = {i: i * i for i in range(10)}
for i in range(20):
    print(lookup(table, i))
