# time: the clocks return floats that do not go backwards; sleep waits.
import time
readings = []
for clock in [time.time, time.perf_counter, time.monotonic, time.process_time]:
    first = clock()
    second = clock()
    readings.append((clock.__name__, type(first).__name__, second >= first))
print(readings)
start = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - start >= 0.009)
print(time.time() > 1.6e9, isinstance(time.time_ns(), int) if hasattr(time, "time_ns") else True)
