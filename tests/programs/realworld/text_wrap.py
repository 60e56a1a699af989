"""Text wrapping and justification written by hand: greedy wrapping, full justification with
spread-out spaces, centring, hanging indents, hyphenating long words, and a minimum-raggedness
wrap by dynamic programming. Compared with textwrap where they overlap."""
import textwrap

TEXT = ("It was the best of times, it was the worst of times, it was the age of wisdom, it was the "
        "age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the "
        "season of Light, it was the season of Darkness. Supercalifragilisticexpialidocious words "
        "must be broken.")


def split_long(words, width):
    for w in words:
        while len(w) > width:
            yield w[:width - 1] + "-"
            w = w[width - 1:]
        yield w


def greedy(text, width):
    lines, current = [], []
    for word in split_long(text.split(), width):
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def full_justify(text, width):
    lines = greedy(text, width)
    return [justify(l, width) for l in lines[:-1]] + [" ".join(lines[-1]).ljust(width)]


def min_ragged(text, width):
    words = list(split_long(text.split(), width))
    n = len(words)
    best = [0] * (n + 1) + [0]
    choice = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i], length = float("inf"), -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            cost = 0 if j == n - 1 else (width - length) ** 2
            if cost + best[j + 1] < best[i]:
                best[i], choice[i] = cost + best[j + 1], j + 1
    lines, i = [], 0
    while i < n:
        lines.append(" ".join(words[i:choice[i]]))
        i = choice[i]
    return lines, best[0]


def box(lines, title):
    width = max(map(len, lines))
    print("+" + f" {title} ".center(width + 2, "-") + "+")
    for line in lines:
        print(f"| {line:<{width}} |")
    print("+" + "-" * (width + 2) + "+")


greedy_lines = [" ".join(l) for l in greedy(TEXT, 30)]
box(greedy_lines, "greedy 30")
print("same as textwrap:", greedy_lines == textwrap.wrap(TEXT, 30, break_on_hyphens=False))
box(full_justify(TEXT, 30), "justified 30")
ragged, cost = min_ragged(TEXT, 30)
greedy_cost = sum((30 - len(l)) ** 2 for l in greedy_lines[:-1])
box(ragged, f"min-ragged cost {cost} vs greedy {greedy_cost}")
box([l.center(24).rstrip() for l in (" ".join(x) for x in greedy(TEXT[:90], 24))], "centred")
indent = textwrap.fill(TEXT[:120], width=40, initial_indent="  * ", subsequent_indent="    ")
print(indent)
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(repr(textwrap.dedent("    a\n      b\n    c")), repr(textwrap.indent("x\n\ny", "> ")))
print([len(l) for l in full_justify(TEXT, 30)], justify(["one"], 6) + "|", justify(["a", "b", "c"], 8) + "|")
