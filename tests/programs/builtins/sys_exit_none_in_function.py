# sys.exit from inside nested calls unwinds through finally blocks; exit status from the argument.
import sys
def inner(code):
    try:
        print("inner before exit")
        sys.exit(code)
    finally:
        print("inner finally")
def outer():
    try:
        inner(2)
    finally:
        print("outer finally")
outer()
