# printf-style % formatting: d i s r c, width, precision, flags, and mapping keys.
print("%d %i %s %r %c %c %%" % (42, -7, "str", "repr", 65, "z"))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%x] [%X] [%#x] [%#X] [%o] [%#o]" % (42, 42, 42, 42, 42, -42, 255, 255, 255, 255, 8, 8))
print("[%10s] [%-10s] [%.2s] [%10.3s] [%-6r]" % ("right", "left", "truncate", "abcdef", "q"))
print("[%5.1f] [%-8.3f] [%08.2f] [%+.2e] [%.3g] [%g] [%g] [%G]" % (3.14159, 2.5, -3.14159, 12345.678, 0.00012345, 1e20, 100000.0, 1e-10))
print("%(name)s is %(age)d years old, %(name)s!" % {"name": "Ann", "age": 31})
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%s" % 3.0)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%x %o %X" % (-255, -8, 3735928559), "%d" % (2 ** 70), "%x" % (2 ** 70))
print("%c%c%c" % (80, 121, 0x1F40D))
print("%5s|%-5s|" % ("ab", "cd"), "%.0f %.0f" % (2.5, 3.5), "%e" % 0, "%r" % 1e100)
print("100%% sure", "%s%%" % 50)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%(missing)s" % {"k": 1})
except KeyError as e:
    print("KeyError:", e)
