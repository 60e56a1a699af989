# Word-level transformations: reverse words, capitalize sentences, wrap text to a width.
text = "the quick brown fox jumps over the lazy dog. it was not amused. neither was the cat."
print(" ".join(reversed(text.split())))
print(" ".join(w[::-1] for w in text.split()))
sentences = [s.strip() for s in text.split(".") if s.strip()]
print(". ".join(s[0].upper() + s[1:] for s in sentences) + ".")
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines
for width in (10, 20, 35):
    print(f"--- width {width}")
    for l in wrap(text, width):
        print("|" + l.ljust(width) + "|")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
