# More % formatting: floats, strings with width from tuple, reprs of containers, bytes-free forms.
for v in [0, 1.5, -2.25, 1e10, 123456789.0, 0.1, -0.0]:
    print("%s|%r|%d|%5.2f|%-9.3e|%g|%+g" % (v, v, v, v, v, v, v))
print("%s and %s" % ("a", ["b", "c"]), "%s" % ((1, 2),), "%r" % ((1, "2"),), "%s" % {"a": 1})
print("%-4s|%4s|" % ("ab", "cd"), "%3c|" % "x", "%-3c|" % 120)
print("%.3s|%.10s|" % ("abcdef", "ab"), "%5.1s|" % "xyz")
print("%i%%" % 99, "%x" % 0, "%#x" % 0, "%#o" % 0, "%05.1f" % -1.25, "%+5d" % 0, "% 5d" % -3)
print("%s %s %s" % tuple("abc"), "%s" % "only", "%(a)s-%(b)05.1f" % {"a": "k", "b": 2.25})
print("%10.4f" % 3.141592653589793, "%-10.4f|" % 3.141592653589793, "%010.4f" % 3.141592653589793)
