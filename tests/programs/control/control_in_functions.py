# return inside loops, break/continue inside try/finally, and loop variables after the loop.
def find_first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    return -1

print(find_first_negative([3, 1, -4, 1, -5]), find_first_negative([1, 2]))

def loop_with_finally():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("f" + str(i))
    return log

print(loop_with_finally())

def return_in_finally_order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(return_in_finally_order())
for k in range(3):
    pass
print(k)
j = "untouched"
for j in []:
    pass
print(j)
