# Uncaught NameError inside a function called from a function.
def helper():
    return undefined_variable + 1

def main():
    print("calling helper")
    return helper()

main()
