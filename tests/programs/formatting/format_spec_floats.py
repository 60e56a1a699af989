# The format-spec mini-language on floats: e E f F g G n %, precision, alignment, sign, zero-padding.
values = [0.0, -0.0, 1.0, 3.14159265, -2.71828, 1234567.125, 0.000012345, 1e16, 1.5e-7, 100.0, 0.5, 2.5,
          float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "n", "%", ".2%", "10.3f", "<10.2f", "^12.4g",
         ">+10.1f", "010.2f", "+.3e", " .2f", ",.2f", "_.3f", "#.0f", "#g", ".10g", "F", "=+12.3f", "*<12.1e", ".1", ".3"]
for v in values:
    print(" ".join("[" + format(v, s) + "]" for s in specs))
print(f"{1e-5:.3}", f"{123456.0:.3}", f"{0.1:.20f}", f"{2 / 3:.17g}", f"{1 / 3:r}" if False else f"{1 / 3!r}")
print(format(1e200, ".5g"), format(1e-200, "e"), format(123.456, ".0e"), format(9.9999, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(5e-324, "g"), format(1.7976931348623157e308, ",.0f")[:30])
