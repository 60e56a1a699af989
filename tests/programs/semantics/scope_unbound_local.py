# UnboundLocalError and NameError: assignment anywhere makes a name local to the function.
value = "global"

def reads_then_assigns():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = "local"
    return value

print(reads_then_assigns())

def augmented():
    try:
        value += "!"
    except UnboundLocalError as e:
        print(type(e).__name__, e)
augmented()

def conditional(flag):
    if flag:
        item = "set"
    try:
        return item
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(conditional(True), "|", conditional(False))

def after_del():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(after_del())
def free_after_del():
    w = 5
    def get():
        return w
    del w
    try:
        return get()
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(free_after_del())
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
def loop_var_unbound():
    for q in []:
        pass
    try:
        return q
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(loop_var_unbound())
def except_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(except_var_cleared())
print(issubclass(UnboundLocalError, NameError))

class Scope:
    value = "class attr"
    def method(self): return value       # class scope is not enclosing
print(Scope().method())
