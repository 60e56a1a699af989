foo(1,
bar = 2
def g():
    pass
