# *args/**kwargs forwarding wrappers, keyword-only flags, and argument introspection by hand.
def log_call(fn, *args, **kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    result = fn(*args, **kwargs)
    print(f"{fn.__name__}({', '.join(parts)}) -> {result!r}")
    return result

def area(w, h=1, *, unit="m"):
    return f"{w * h} {unit}^2"

log_call(area, 3)
log_call(area, 3, 4)
log_call(area, w=2, h=5, unit="cm")
log_call(max, 3, 9, 2)
log_call(sorted, [3, 1, 2], reverse=True)
log_call("-".join, ["a", "b"])
def total(*numbers, start=0):
    for n in numbers:
        start += n
    return start
print(total(), total(1, 2, 3), total(*range(5), start=100))
def kw_only_report(**options):
    return ", ".join(f"{k}={options[k]}" for k in sorted(options))
print(kw_only_report(b=2, a=1, c=[3]))
