# with statements: enter/exit order, suppression when __exit__ returns true, several managers.
class Manager:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        self.log.append(f"exit {self.name} {kind.__name__ if kind else None} {value}")
        return self.suppress

log = []
with Manager("a", log=log) as a, Manager("b", log=log) as b:
    log.append(f"body {a}{b}")
print(log)

log = []
with Manager("outer", suppress=True, log=log):
    with Manager("inner", log=log):
        raise ValueError("boom")
    log.append("not reached")
log.append("after")
print(log)

log = []
try:
    with Manager("m", log=log):
        raise KeyError("k")
except KeyError as e:
    log.append(f"propagated {e}")
print(log)

def early_return(log):
    with Manager("r", log=log):
        return "returned"
log = []
print(early_return(log), log)
log = []
for i in range(3):
    with Manager(f"loop{i}", log=log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
