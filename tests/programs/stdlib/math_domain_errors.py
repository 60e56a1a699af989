# math: a calculator that reports "math domain error" and friends instead of crashing.
import math

def safe(label, func, *args):
    try:
        result = func(*args)
    except ValueError as e:
        print(f"{label:<22} ValueError: {e}")
    except OverflowError as e:
        print(f"{label:<22} OverflowError: {e}")
    except ZeroDivisionError as e:
        print(f"{label:<22} ZeroDivisionError: {e}")
    except TypeError as e:
        print(f"{label:<22} TypeError")
    else:
        print(f"{label:<22} = {result!r}")

safe("sqrt(-1)", math.sqrt, -1)
safe("sqrt(4)", math.sqrt, 4)
safe("log(0)", math.log, 0)
safe("log(-5)", math.log, -5)
safe("log(8, 2)", math.log, 8, 2)
safe("log(8, 1)", math.log, 8, 1)
safe("log10(-1)", math.log10, -1)
safe("log2(0)", math.log2, 0)
safe("asin(2)", math.asin, 2)
safe("acos(-1.5)", math.acos, -1.5)
safe("acosh(0.5)", math.acosh, 0.5)
safe("atanh(1)", math.atanh, 1)
safe("fmod(1, 0)", math.fmod, 1, 0)
safe("fmod(inf, 1)", math.fmod, math.inf, 1)
safe("exp(1000)", math.exp, 1000)
safe("exp(-1000)", math.exp, -1000)
safe("pow(0, -1)", math.pow, 0, -1)
safe("pow(-8, 1/3)", math.pow, -8, 1 / 3)
safe("pow(10, 400)", math.pow, 10, 400)
safe("ldexp(1, 5000)", math.ldexp, 1, 5000)
safe("factorial(-1)", math.factorial, -1)
safe("sin(inf)", math.sin, math.inf)
safe("cos(nan)", math.cos, math.nan)
safe("floor(inf)", math.floor, math.inf)
safe("floor(nan)", math.floor, math.nan)
safe("ceil(-inf)", math.ceil, -math.inf)
safe("trunc(nan)", math.trunc, math.nan)
safe("isqrt(-1)", math.isqrt, -1)
safe("comb(5, -1)", math.comb, 5, -1)
safe("sqrt('x')", math.sqrt, "x")
safe("1 / 0", lambda a, b: a / b, 1, 0)
safe("1.0 % 0.0", lambda a, b: a % b, 1.0, 0.0)
safe("2.0 ** 5000", lambda a, b: a ** b, 2.0, 5000)
safe("float(10**400)", float, 10 ** 400)
safe("int(inf)", int, math.inf)
safe("int(nan)", int, math.nan)

# quadratic solver that handles negative discriminants through the error
def roots(a, b, c):
    try:
        d = math.sqrt(b * b - 4 * a * c)
    except ValueError as e:
        return f"no real roots ({e})"
    return sorted({(-b - d) / (2 * a), (-b + d) / (2 * a)})

for coeffs in [(1, -3, 2), (1, 2, 1), (1, 0, 1), (2, 5, -3)]:
    print("roots", coeffs, roots(*coeffs))
