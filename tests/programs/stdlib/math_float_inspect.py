# math: inspecting and decomposing floats (frexp, ldexp, modf, copysign, fmod, isclose...).
import math

for x in [8.0, 0.1, -3.75, 1e-300, 1.0, 0.0, 123456.789]:
    m, e = math.frexp(x)
    print(f"frexp({x!r}) = ({m!r}, {e}) ldexp back = {math.ldexp(m, e)!r}")

print("ldexp", math.ldexp(1, 10), math.ldexp(3.0, -2), math.ldexp(-0.5, 3))

for x in [3.75, -3.75, 5.0, -0.25, 1e20]:
    frac, whole = math.modf(x)
    print(f"modf({x!r}) = ({frac!r}, {whole!r})")

print("copysign", math.copysign(1.0, -0.0), math.copysign(-2, 3), math.copysign(5, -1e-9), math.copysign(math.inf, -1))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2)]:
    print(f"fmod({a}, {b}) = {math.fmod(a, b)!r}   {a} % {b} = {a % b!r}")

specials = [math.inf, -math.inf, math.nan, 0.0, -0.0, 1e308, 5e-324]
for v in specials:
    print(f"{v!r:>8}: finite={math.isfinite(v)} inf={math.isinf(v)} nan={math.isnan(v)}")
print("nan compares", math.nan == math.nan, math.nan != math.nan, math.inf > 1e308, -math.inf < -1e308)
print("inf arithmetic", math.inf + 1, math.inf * -2, math.isnan(math.inf - math.inf), math.isnan(math.inf * 0))
print("float('inf') is math.inf value", float("inf") == math.inf, repr(math.nan), str(-math.inf))

tests = [(0.1 + 0.2, 0.3, {}), (1e-10, 0.0, {}), (1e-10, 0.0, {"abs_tol": 1e-9}),
         (100, 101, {"rel_tol": 0.01}), (100, 102, {"rel_tol": 0.01}), (math.inf, math.inf, {}),
         (math.nan, math.nan, {})]
for a, b, kw in tests:
    print(f"isclose({a!r}, {b!r}, {kw}) = {math.isclose(a, b, **kw)}")

print("exp", math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5))
print("expm1/log1p", math.expm1(1e-10), math.log1p(1e-10))
print("pow", math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(2, -1), math.pow(math.inf, 0))
print("sqrt", math.sqrt(0), math.sqrt(0.25), math.sqrt(1e10), math.sqrt(2) ** 2)
print("log", math.log(8, 2), math.log(1000, 10), math.log(math.e ** 3), math.log(81, 3), math.log(0.5, 4))
print("log2/log10", math.log2(8), math.log2(0.125), math.log2(3), math.log10(1e-5), math.log10(2))
print("float info", (0.1).hex(), float.fromhex("0x1.8p1"), (2.5).as_integer_ratio(), (3.0).is_integer())
