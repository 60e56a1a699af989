# f-strings: expressions, conversions, nested specs, braces, and multi-part concatenation.
name = "World"
x = 7
y = 2.5
items = [1, 2, 3]
d = {"key": "value", "n": 3}
print(f"Hello, {name}!", f"{x} + {y} = {x + y}", f"{x * 2}{x * 3}", f"{items}", f"{items[1]}", f"{d['key']}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r}")
print(f"{{literal}} {{{x}}} {x}{{}}")
width = 10
prec = 3
print(f"[{y:{width}.{prec}f}] [{name:>{width}}] [{x:0{width}d}] [{name:{'*'}^{width}}]")
print(f"{x if x > 5 else -x}", f"{'yes' if y else 'no'}", f"{len(name)}", f"{name.upper()}", f"{[i * i for i in range(4)]}")
print(f"{x=}", f"{y = }", f"{name=!s}", f"{x*2=:>5}", f"{items[0]=}")
print(f"{3.14159:.2f}" f" and {2:03}" " plain " f"{'end'}")
print(f"""triple {x}
second line {y}""")
a = 5
print(f"{a:#x} {a:#b} {a:e} {-a:+} {a:%} {1000000:,} {0.5:.0%}")
print(f"{'nested ' + f'{x}'}", f"{(lambda v: v * 2)(21)}", f"{dict(a=1)}")
print(F"capital F {x}", rf"raw {x}\n", fr"{y}\t")
