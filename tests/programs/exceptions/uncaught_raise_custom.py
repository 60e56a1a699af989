# An explicit raise of a built-in exception with a message, uncaught, from nested calls.
def validate(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age

def register(name, age):
    print("registering", name)
    validate(age)
    print("registered", name)

register("ann", 30)
register("bob", -4)
