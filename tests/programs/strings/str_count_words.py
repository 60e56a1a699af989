# Count words and letters in a paragraph; print in a deterministic order.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip(",.").lower()
    if w:
        words.append(w)
print(len(words), "words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:12} {n}")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters)))
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
