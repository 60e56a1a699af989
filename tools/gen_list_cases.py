"""Generates list test data from CPython 3.11 (tests/Jit.Tests/Runtime/Collections/):

SliceCases.txt, one case per line, fields separated by " | ":
  length start stop step k | a[s] | del a[s] | a[s] = k new items (or the error)
  where a = list(range(length)), None bounds are written "N", the new items are 100, 101, ...

SortCases.txt, two lines per case: the input, then sorted() of it (reverse when the input line
starts with "R"). Items are ints, floats (nan included) written with repr. The inputs mix runs,
duplicates and NaNs, so the result depends on the exact comparisons TimSort makes.
"""
import math
import os
import random

HERE = os.path.join(os.path.dirname(__file__), "..", "tests", "Jit.Tests", "Runtime", "Collections")
rng = random.Random(2024)


def bound(v):
    return "N" if v is None else str(v)


def slices():
    lines = []
    values = [None, -12, -5, -3, -1, 0, 1, 2, 3, 5, 12]
    steps = [None, 1, 2, 3, -1, -2, -3, 7]
    for length in (0, 1, 5, 8):
        for start in values:
            for stop in values:
                for step in steps:
                    if rng.random() > 0.35:
                        continue
                    k = rng.choice([0, 1, 2, 3, 4])
                    s = slice(start, stop, step)
                    a = list(range(length))
                    get = a[s]
                    d = list(range(length))
                    del d[s]
                    b = list(range(length))
                    try:
                        b[s] = list(range(100, 100 + k))
                        assigned = " ".join(map(str, b))
                    except ValueError as e:
                        assigned = "ValueError: " + str(e)
                    lines.append(f"{length} {bound(start)} {bound(stop)} {bound(step)} {k} | "
                                 f"{' '.join(map(str, get))} | {' '.join(map(str, d))} | {assigned}")
    return lines


def item():
    r = rng.random()
    if r < 0.1:
        return math.nan
    if r < 0.4:
        return rng.randrange(0, 20) / 2
    return rng.randrange(0, 40)


def sort_input():
    n = rng.choice([0, 1, 2, 5, 31, 64, 65, 100, 130, 257, 600])
    items = []
    while len(items) < n:
        kind = rng.random()
        if kind < 0.3:
            start = rng.randrange(0, 30)
            run = [start + i for i in range(rng.randrange(1, 80))]
            items.extend(run if rng.random() < 0.5 else run[::-1])
        else:
            items.append(item())
    return items[:n]


def sorts():
    lines = []
    for _ in range(150):
        items = sort_input()
        reverse = rng.random() < 0.3
        lines.append(("R " if reverse else "F ") + " ".join(map(repr, items)))
        lines.append(" ".join(map(repr, sorted(items, reverse=reverse))))
    return lines


with open(os.path.join(HERE, "SliceCases.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(slices()) + "\n")
with open(os.path.join(HERE, "SortCases.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(sorts()) + "\n")
