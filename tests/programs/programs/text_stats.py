# Text statistics over stdin: lines, words, sentences, word frequencies, lengths, a histogram.
import sys

def read_all():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            return lines

def words_of(line):
    out = []
    word = ""
    for ch in line:
        if ch.isalpha() or (ch == "'" and word):
            word += ch.lower()
        else:
            if word:
                out.append(word.strip("'"))
            word = ""
    if word:
        out.append(word.strip("'"))
    return [w for w in out if w]

def count_sentences(text):
    n = 0
    prev_end = False
    for ch in text:
        if ch in ".!?":
            if not prev_end:
                n += 1
            prev_end = True
        else:
            prev_end = False
    return n

lines = read_all()
text = "\n".join(lines)
all_words = []
for line in lines:
    all_words.extend(words_of(line))

print("lines:", len(lines))
print("non-blank lines:", sum(1 for l in lines if l.strip()))
print("characters:", len(text))
print("letters:", sum(1 for c in text if c.isalpha()))
print("words:", len(all_words))
print("distinct words:", len(set(all_words)))
print("sentences:", count_sentences(text))
if all_words:
    avg = sum(len(w) for w in all_words) / len(all_words)
    print(f"average word length: {avg:.3f}")
    longest = max(all_words, key=lambda w: (len(w), w))
    print("longest word:", longest)

freq = {}
for w in all_words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print()
print("top words:")
for rank, (w, n) in enumerate(ranked[:12], 1):
    bar = "#" * n
    print(f"{rank:2d}. {w:<12} {n:3d} {bar}")

by_length = {}
for w in all_words:
    by_length[len(w)] = by_length.get(len(w), 0) + 1
print()
print("word length histogram:")
for length in range(1, max(by_length) + 1):
    n = by_length.get(length, 0)
    print(f"{length:2d} | {'*' * n} {n if n else ''}".rstrip())

hapax = sorted(w for w, n in freq.items() if n == 1)
print()
print(len(hapax), "words used once; first ten:", hapax[:10])
first_letters = {}
for w in all_words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print("by first letter:", " ".join(f"{k}:{first_letters[k]}" for k in sorted(first_letters)))
longest_line = max(range(len(lines)), key=lambda i: (len(lines[i]), -i)) if lines else -1
print("longest line:", longest_line + 1, repr(lines[longest_line][:40]))
print("done", file=sys.stderr)
