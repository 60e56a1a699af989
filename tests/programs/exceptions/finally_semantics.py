# finally runs on return, break, continue and exceptions; a return in finally overrides.
def returns_in_try():
    try:
        return "try"
    finally:
        print("finally after return")

def overrides():
    try:
        return "try"
    finally:
        return "finally"

def swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def count_finally():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 10
        finally:
            n += 1
    return n

print(returns_in_try())
print(overrides())
print(swallows())
print(count_finally())

def nested_finally():
    log = []
    try:
        try:
            raise KeyError("k")
        finally:
            log.append("inner")
    except KeyError:
        log.append("handled")
    finally:
        log.append("outer")
    return log

print(nested_finally())

def exception_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__ + ": " + str(e) + " / context: " + str(e.__context__)

print(exception_in_finally())
