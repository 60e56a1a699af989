x = 0
def f():
    global x
    def g():
        nonlocal x
        x = 1
