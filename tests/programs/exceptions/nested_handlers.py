# Exceptions propagating through several functions and handlers; handlers that raise new errors.
def level3(x):
    if x == 0:
        raise ValueError("zero at level 3")
    return 10 / x

def level2(x):
    try:
        return level3(x)
    except ValueError as e:
        raise LookupError(f"level 2 saw: {e}")

def level1(x):
    try:
        return level2(x)
    except LookupError as e:
        return f"level 1 handled: {e} (context: {type(e.__context__).__name__})"
    finally:
        print("level 1 cleanup for", x)

print(level1(5))
print(level1(0))
def cleanup_order():
    order = []
    try:
        try:
            try:
                raise KeyError("deep")
            finally:
                order.append(1)
        finally:
            order.append(2)
    except KeyError:
        order.append(3)
    finally:
        order.append(4)
    return order
print(cleanup_order())
