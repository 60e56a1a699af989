# math: functions and constants, exact results and the domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(99), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.floor(7), type(math.floor(2.0)).__name__)
print(math.factorial(20), math.gcd(48, 180), math.gcd(0, 0), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(1e20), math.ceil(2 ** 70 + 0.0), math.sqrt(16), math.cosh(0), math.sinh(0), math.tanh(0))
