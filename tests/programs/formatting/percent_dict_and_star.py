# % formatting with mappings, * width/precision, and repeated keys.
row = {"item": "widget", "qty": 3, "price": 9.5}
print("%(item)-10s x%(qty)3d @ %(price)6.2f = %(total)8.2f" % dict(row, total=row["qty"] * row["price"]))
print("%(a)s %(a)r %(a)5s" % {"a": "x"})
for width in range(1, 6):
    print("[%*s] [%-*s] [%.*f]" % (width, "ab", width, "cd", width, 2 / 3))
print("%c%c" % ("h", 105), "%5.1f%%" % 99.44, "%+.3d" % 7, "%x|%X|%#o" % (48879, 48879, 8))
