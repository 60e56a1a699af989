# finally clauses that return, break or continue override pending returns and exceptions.
import warnings; warnings.simplefilter("ignore")

def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def finally_runs_after_return(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
def break_in_finally():
    results = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            results.append(i)
        finally:
            if i == 2:
                break
    return results

def continue_in_finally():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(f"ok {i}")
        finally:
            continue
    return results
def return_value_evaluated_first():
    x = "before"
    try:
        return x
    finally:
        x = "after"
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
def exception_replaced():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")

print(return_overrides_return(), return_swallows_exception(), finally_runs_after_return([]))
print(break_in_finally(), continue_in_finally(), return_value_evaluated_first())
print(nested())
try:
    exception_replaced()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
def while_with_finally():
    n = 0
    out = []
    while True:
        try:
            n += 1
            if n > 3:
                return out
            out.append(n)
        finally:
            out.append("f")
print(while_with_finally())
