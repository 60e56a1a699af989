# f-string edge cases: quotes inside, nested format specs, conversions with specs, dict access, escapes.
d = {"key": 1, "other key": [1, 2]}
name = "O'Brien"
print(f"{d['key']} {d['other key'][1]} {name!r} {name:>10} {name!r:>12}")
print(f'{"double inside single"}', f"{'single inside double'}", f"{'{'}{'}'}")
value = 3.14159
for w in (6, 8):
    for p in (1, 3):
        print(f"[{value:{w}.{p}f}] [{value:<{w}.{p}e}] [{value:^{w}.{p}g}]")
print(f"{1 + 1}{2 * 3}{'x' * 3}{len('four')}")
print(f"{'%d items' % 5}", f"{'a' 'b'}", f"{[x for x in range(3)]}", f"{ {1: 2}[1] }")
n = 255
print(f"{n:#06x} {n:08b} {n:o} {n:X} {-n:x} {n:,} {n * 1000000:_d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'pad':*^9}|{'z':0>3}")
