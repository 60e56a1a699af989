# An uncaught ZeroDivisionError deep inside calls made from a loop, after partial output.
def ratio(a, b):
    return a // b

def report(pairs):
    for a, b in pairs:
        print(a, b, ratio(a, b))

report([(10, 2), (9, 3), (5, 0), (1, 1)])
