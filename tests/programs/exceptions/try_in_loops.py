# try statements inside loops with break/continue/return in every clause.
def process(items):
    out = []
    for item in items:
        try:
            if item == "stop":
                break
            if item == "skip":
                continue
            out.append(10 // item)
        except ZeroDivisionError:
            out.append("div0")
            continue
        except TypeError:
            out.append("type")
        else:
            out.append("ok")
        finally:
            out.append("|")
    return out

print(process([5, 0, "x", "skip", 2, "stop", 1]))

def first_valid(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            continue
        finally:
            print("checked", repr(v))
    return None

print(first_valid(["a", "b", "42", "7"]))
print(first_valid([]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retrying:", e)
