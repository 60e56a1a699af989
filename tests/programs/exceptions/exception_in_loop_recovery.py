# Errors handled per item inside a loop; the loop completes and reports a summary.
data = ["10", "x", "30", None, "0", "-5", [1]]
ok = []
bad = []
for item in data:
    try:
        value = int(item)
        ok.append(100 // value)
    except ValueError as e:
        bad.append(("ValueError", str(e)))
    except TypeError as e:
        bad.append(("TypeError", str(e)))
    except ZeroDivisionError as e:
        bad.append(("ZeroDivisionError", str(e)))
print(ok)
for kind, msg in bad:
    print(kind, "-", msg)
