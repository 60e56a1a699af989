# A dict- and str-heavy word count over generated text: split, lower, strip, dict updates, sorting.
import sys

WORDS = ("the quick brown fox jumps over lazy dog and then runs away from a big red barn while "
         "farmer john shouts loudly at the sky because nothing ever goes to plan on mondays").split()

def generate(n):
    state = 12345
    lines = []
    line = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        w = WORDS[(state >> 16) % len(WORDS)]
        if state % 7 == 0:
            w = w.capitalize()
        if state % 11 == 0:
            w += ","
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line) + ".")
            line = []
    return lines

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
lines = generate(n)
counts = {}
pairs = {}
chars = 0
for line in lines:
    chars += len(line)
    prev = None
    for raw in line.split():
        w = raw.strip(".,").lower()
        counts[w] = counts.get(w, 0) + 1
        if prev is not None:
            key = prev + " " + w
            pairs[key] = pairs.get(key, 0) + 1
        prev = w
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(f"lines {len(lines)}, chars {chars}, distinct words {len(counts)}, distinct pairs {len(pairs)}")
for w, c in top:
    print(f"{w:10} {c}")
for p, c in top_pairs:
    print(f"{p:20} {c}")
