# A small log/CSV workflow with files: append entries, parse lines, rewrite a summary; errors handled.
import os
import random

pid = f"{os.getpid()}_{random.randrange(10**9)}"  # unique per run: the tiers may run at once in one process
log_name = f"fileio_log_{pid}.txt"
csv_name = f"fileio_sum_{pid}.csv"
try:
    events = [("login", "ann"), ("upload", "ann"), ("login", "bob"), ("logout", "ann"), ("upload", "bob"), ("upload", "bob")]
    for i, (action, user) in enumerate(events):
        with open(log_name, "a") as log:
            log.write(f"{i:03d} {user} {action}\n")
    with open(log_name) as log:
        lines = log.readlines()
    print("log lines:", len(lines), "first:", lines[0].rstrip(), "last:", lines[-1].rstrip())

    counts = {}
    with open(log_name) as log:
        for line in log:
            _, user, action = line.split()
            counts.setdefault(user, {}).setdefault(action, 0)
            counts[user][action] += 1
    print("counts:", counts)

    with open(csv_name, "w") as out:
        out.write("user,action,count\n")
        for user in sorted(counts):
            for action in sorted(counts[user]):
                out.write(f"{user},{action},{counts[user][action]}\n")
    with open(csv_name) as inp:
        header = inp.readline().strip().split(",")
        rows = [dict(zip(header, line.strip().split(","))) for line in inp if line.strip()]
    print("header:", header)
    for r in rows:
        print("  row:", r)
    print("total uploads:", sum(int(r["count"]) for r in rows if r["action"] == "upload"))

    with open(log_name) as log:
        kept = [l for l in log if "upload" not in l]
    with open(log_name, "w") as log:
        log.writelines(kept)
    with open(log_name) as log:
        print("filtered log:", [l.strip() for l in log])

    with open(log_name, "a") as log:
        log.write("no newline at end")
    with open(log_name) as log:
        last = log.read().split("\n")[-1]
    print("last fragment:", repr(last))

    try:
        open(f"missing_{pid}.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError errno:", e.errno, "is OSError:", isinstance(e, OSError))
    try:
        with open(log_name) as log:
            log.write("nope")
    except Exception as e:
        print("write to read-only handle:", type(e).__name__, isinstance(e, OSError))
    try:
        open(log_name, "q")
    except ValueError as e:
        print("ValueError:", e)
    with open(log_name) as a, open(csv_name) as b:
        print("two files at once:", a.readline().split()[0], b.readline().strip())
finally:
    for n in (log_name, csv_name):
        if os.path.exists(n):
            os.remove(n)
print("cleanup:", os.path.exists(log_name), os.path.exists(csv_name))
