# Iterating over strings, membership tests and comparisons.
word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("ss" in word, "sip" in word, "x" in word, "" in word, "" in "", "pi" not in word)
print([c for c in "abc"], list("hello"), tuple("hi"))
for i, ch in enumerate("xyz"):
    print(i, ch, ord(ch))
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "abc" == "abc", "abc" != "abd", "Z" < "a")
print("" < "a", "10" < "9", "abc" > "abd", "abc" <= "abc", "b" >= "abc")
print(sorted(["pear", "Apple", "banana", "apple", "cherry", "Banana", ""]))
print(max("hello"), min("hello"), max(["aa", "b", "ab"]), min(["aa", "b", "ab"]))
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch in "aeiouAEIOU":
        vowels += 1
print("vowels:", vowels)
print("a" * 5, "ab" * 3, 3 * "xy", "abc" * 0, "abc" * -1, "-" * 20)
print("con" + "cat" + "enation", "" + "x")
