# math functions added in 3.9-3.11: cbrt, exp2, ulp, nextafter, remainder, with their edge cases.
import math
for f in (math.cbrt, math.exp2, math.ulp):
    for x in (0.0, 1.0, -8.0, 27.0, 1e308, 5e-324, float('inf'), float('nan'), 10.5):
        try: print(f.__name__, x, f(x))
        except Exception as e: print(f.__name__, x, type(e).__name__, e)
for f in (math.nextafter, math.remainder):
    for x, y in ((1.0, 2.0), (1.0, 0.0), (5.0, 2.0), (7.0, 2.0), (-7.5, 2.0), (float('inf'), 1.0), (3.0, float('inf')), (0.0, -1.0), (1.0, 1.0)):
        try: print(f.__name__, x, y, f(x, y))
        except Exception as e: print(f.__name__, x, y, type(e).__name__, e)
