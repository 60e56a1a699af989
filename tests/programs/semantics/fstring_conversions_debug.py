# f-string conversions !r !s !a and the = (self-documenting) specifier.
name = "Zoë"
quote = 'it\'s "quoted"'
num = 42
data = {"k": [1, 2]}

print(f"{name!r} {name!s} {name!a}")
print(f"{quote!r} {quote!a}")
print(f"{num!r} {num!s} {num!a}", f"{3.5!r}", f"{None!r}")
print(f"{'tab' + chr(9) + 'nl' + chr(10)!r}", f"{chr(0)!a}", f"{chr(7)!r}")
print(f"{'é€😀'!a}", ascii("é€😀"), repr("é€😀"))

class Thing:
    def __repr__(self):
        return "Thing(repr)"
    def __str__(self):
        return "thing-str"
    def __format__(self, spec):
        return f"thing-format[{spec}]"

t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t:xyz}", f"{t!r:>15}", f"{t!s:*^13}")

# = specifier shows the expression text, then repr by default
print(f"{num=}")
print(f"{name=}")
print(f"{num * 2 + 1=}")
print(f"{data['k']=}")
print(f"{num = }")
print(f"{num=:>6}")
print(f"{name=!s}")
print(f"{t=}")
print(f"{t=:spec}")
print(f"{t=!s:^12}")
x, y = 3, 4
print(f"{x=}, {y=}, {(x ** 2 + y ** 2) ** 0.5=:.1f}")
print(f"{len(name)=} {name.upper()=} {[c for c in 'ab']=}")
print(f"{3.0 / 7=:.3}")

# conversions with format specs
pi = 3.14159
print(f"{pi!s:>10}|{pi!r:<10}|{pi:^10.2f}|")
print(f"{'x'!r:^7}|{[1, 'a']!s:>12}|{b'bytes'!r}")

# nested quotes and expressions
items = ["a", "b"]
print(f"{', '.join(items)!r}", f"{items[0]!r:>5}", f"{'yes' if items else 'no'!r}")
print(f"{f'{num:03}'!r}", f"{f'{name!r}'!r}")

# str.format equivalents
print("{0!r} {0!s} {0!a}".format(name), "{n!r:>8}".format(n="x"), "{:=^9}".format("mid"))
print(format(num, "08b"), format("s", "!<4"), repr(f"{num!r}"))
print(f"{num!r:{'>'}{5}}", f"{num=!r:{'^'}{7}}")
