# Dict and set comprehensions from strings, ranges and other dicts.
text = "abracadabra"
print({c: text.count(c) for c in text})
print(sorted({c for c in text if c not in "aeiou"}))
print({i: chr(65 + i) for i in range(6)})
inventory = {"apples": 3, "pears": 0, "plums": 7, "kiwis": 0}
print({k: v for k, v in inventory.items() if v})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({n % 10 for n in range(0, 100, 7)})
squares = {n: n * n for n in range(-3, 4)}
print(squares, {abs(k) for k in squares})
print({word: len(word) for word in "the quick brown fox".split() if len(word) > 3})
