# time.sleep inside a polling loop with a deadline; only counts and relations are printed.
import time

def poll(condition, timeout, interval=0.001):
    deadline = time.monotonic() + timeout
    attempts = 0
    while True:
        attempts += 1
        if condition(attempts):
            return True, attempts
        if time.monotonic() >= deadline:
            return False, attempts
        time.sleep(interval)

ok, n = poll(lambda k: k >= 3, timeout=5.0)
print("condition met:", ok, "attempts:", n)
ok, n = poll(lambda k: False, timeout=0.005)
print("timed out:", not ok, "made at least one attempt:", n >= 1)

# retry with backoff: delays are computed, not measured
delays = []
def flaky(state={"calls": 0}):
    state["calls"] += 1
    if state["calls"] < 4:
        raise ConnectionError(f"attempt {state['calls']} failed")
    return "connected"

delay = 0.0005
result = None
for attempt in range(1, 10):
    try:
        result = flaky()
        break
    except ConnectionError as e:
        print("retry:", e, f"next delay {delay:.4f}")
        delays.append(delay)
        time.sleep(delay)
        delay *= 2
print("result:", result, "after", attempt, "attempts, delays", delays)

# measured durations are floats and monotone across sleeps
marks = [time.perf_counter()]
for _ in range(3):
    time.sleep(0.001)
    marks.append(time.perf_counter())
gaps = [b - a for a, b in zip(marks, marks[1:])]
print("gaps are positive:", all(g > 0 for g in gaps), "count:", len(gaps))
print("total >= 0.002:", marks[-1] - marks[0] >= 0.002)

# time.sleep rejects negative values
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError for str argument")

t1 = time.monotonic()
t2 = time.monotonic()
print("monotonic ordered:", t2 >= t1, "difference small:", t2 - t1 < 1.0)
