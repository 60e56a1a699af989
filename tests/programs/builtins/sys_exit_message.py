# sys.exit with a string prints it to stderr and exits with status 1; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit("fatal: configuration missing")
finally:
    print("finally runs before exit")
