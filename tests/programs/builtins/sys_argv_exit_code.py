# sys.argv holds the script name; sys.exit with an int sets the exit status.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_exit_code.py"))
print("about to exit with 3")
sys.exit(3)
print("never printed")
