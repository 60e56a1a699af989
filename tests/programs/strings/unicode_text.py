# Unicode strings: lengths, slicing, case mapping, sorting by code point, and encode lengths.
words = ["naïve", "café", "Ωmega", "日本", "emoji😀", "über", "Zoë", "ß"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], len(w.encode()), w.isalpha(), [hex(ord(c)) for c in w[:2]])
print(sorted(words))
print(sorted(words, key=str.casefold))
print("".join(sorted("ωαβγ")), "日本語テキスト"[2:5], "😀😃😄"[1], len("😀😃😄"))
print("é" == "e\u0301", len("e\u0301"), "\u00e9".encode(), "e\u0301".encode())
