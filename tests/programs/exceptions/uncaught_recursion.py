# Uncaught RecursionError: the traceback repeats lines and CPython collapses the repeats.
def countdown(n):
    return countdown(n - 1)

print("before")
countdown(10)
