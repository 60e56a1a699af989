# finally with return, break and continue: what wins, and what is swallowed.
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order([]))

def loop_controls():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_controls())

def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after loop"
print(break_swallows())

def nested():
    log = []
    try:
        try:
            raise IndexError("inner")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append(f"caught {e}")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log
print(nested())

def else_clause(fail):
    try:
        if fail:
            raise OSError("x")
    except OSError:
        return "except"
    else:
        return "else"
    finally:
        print("finally runs", fail)
print(else_clause(True), else_clause(False))
