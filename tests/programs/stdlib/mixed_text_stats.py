# A text-statistics script mixing re, collections.Counter, string, statistics-by-hand, heapq and io.
import re
import io
import heapq
import string
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

words = re.findall(r"[a-z']+", TEXT.lower())
print("words:", len(words), "unique:", len(set(words)))
freq = Counter(words)
print("top 6:", freq.most_common(6))
print("hapax count:", sum(1 for w, c in freq.items() if c == 1))
print("longest 3:", heapq.nlargest(3, sorted(set(words)), key=len))

lengths = [len(w) for w in words]
mean = sum(lengths) / len(lengths)
ordered = sorted(lengths)
mid = len(ordered) // 2
median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
var = sum((x - mean) ** 2 for x in lengths) / len(lengths)
print(f"length mean={mean:.4f} median={median} var={var:.4f} mode={Counter(lengths).most_common(1)[0][0]}")

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
clauses = [c.strip() for c in re.split(r"[,.]", TEXT) if c.strip()]
print("sentences:", len(sentences), "clauses:", len(clauses))
print("clauses starting 'it was the':", sum(1 for c in clauses if c.lower().startswith("it was the")))

pairs = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(p) for p, _ in pairs.most_common(3)])
after_the = Counter(b for a, b in zip(words, words[1:]) if a == "the")
print("after 'the':", sorted(after_the.items()))

by_initial = defaultdict(set)
for w in words:
    by_initial[w[0]].add(w)
print("initials:", "".join(sorted(by_initial)), {k: sorted(v) for k, v in sorted(by_initial.items()) if len(v) > 2})

letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print("letters top 5:", letters.most_common(5), "missing:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))
print("capitalized:", re.findall(r"\b[A-Z][a-z]+\b", TEXT))
print("punctuation counts:", sorted(Counter(c for c in TEXT if c in string.punctuation).items()))

out = io.StringIO()
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    out.write(f"{w:<8}{'#' * c} {c}\n")
print(out.getvalue(), end="")
wrapped, line = [], ""
for w in TEXT.split():
    if len(line) + len(w) + 1 > 40:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}".strip()
wrapped.append(line)
print("wrapped to 40:", len(wrapped), "lines; widest:", max(map(len, wrapped)))
