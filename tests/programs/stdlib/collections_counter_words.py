# collections.Counter: word frequencies, multiset arithmetic, elements, update/subtract.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick""".split()
words = Counter(text)
print("top 3:", words.most_common(3))
print("count of 'the':", words["the"], "missing:", words["cat"], "len:", len(words))
print("total:", words.total() if hasattr(words, "total") else sum(words.values()))
print("least common 2:", words.most_common()[:-3:-1])

letters = Counter("abracadabra")
print("letters:", letters)
print("sorted elements:", sorted(letters.elements()))
print("elements order:", "".join(letters.elements()))

a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print("a + b:", a + b)
print("a - b:", a - b)
print("a & b:", a & b)
print("a | b:", a | b)
print("unary +:", +Counter(x=2, y=-1, z=0), "unary -:", -Counter(x=2, y=-1))

inventory = Counter(apples=5, pears=2)
inventory.update({"apples": 3, "plums": 4})
inventory.update(["pears", "pears", "kiwis"])
print("after update:", inventory)
inventory.subtract({"apples": 10, "plums": 1})
print("after subtract:", inventory)
print("negative kept:", inventory["apples"], "positives:", +inventory)
del inventory["kiwis"]
print("after del:", sorted(inventory))

# anagram check and character diff
def is_anagram(x, y):
    return Counter(x.replace(" ", "")) == Counter(y.replace(" ", ""))
print("anagrams:", is_anagram("listen", "silent"), is_anagram("dormitory", "dirty room"), is_anagram("abc", "abd"))
need = Counter("balloon")
have = Counter("bbalon")
print("missing letters:", dict(need - have))

# most common with ties keeps first-seen order
print("ties:", Counter("bbaacc").most_common())
print("most_common(0):", Counter("abc").most_common(0))
c = Counter()
c["x"] += 1
c["y"] -= 1
print("arithmetic on missing:", c, dict(c))
print("fromkeys not allowed:", end=" ")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError")
print("comparisons:", Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) == Counter(a=3, b=0))
votes = Counter(["red", "blue", "red", "green", "blue", "red"])
winner, n = votes.most_common(1)[0]
print(f"winner: {winner} with {n} votes of {sum(votes.values())}")
