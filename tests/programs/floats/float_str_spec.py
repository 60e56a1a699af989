# % and str.format of floats: fixed, exponent and general forms.
nums = [0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-5, 1.5e10, 0.000123456, 2.5, 3.5, -0.0]
for x in nums:
    print("%f|%.2f|%e|%.3E|%g|%G|%.3g|%10.4f|%-10.2f|%+.1f" % (x, x, x, x, x, x, x, x, x, x))
for x in nums:
    print("{:f}|{:.2f}|{:e}|{:.3E}|{:g}|{:.3g}|{:10.4f}|{:<10.2f}|{:+.1f}|{:.0f}".format(x, x, x, x, x, x, x, x, x, x))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%.1f %.2f %.3f" % (0.05, 0.005, 0.0005))
print("%s %r" % (1e16, 1e-7))
