# Huffman codes: build the tree with a sorted work list (ties broken deterministically), encode, decode.
TEXT = "this is an example of a huffman tree built from a short sentence with repeated letters"

def build(freq):
    nodes = [(count, ch, ch) for ch, count in freq.items()]
    order = 0
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        order += 1
        nodes.append((a[0] + b[0], "~" + str(order).zfill(3), (a[2], b[2])))
    return nodes[0][2]

def codes(tree, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table

def decode(tree, bits):
    out = []
    node = tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)

freq = {}
for ch in TEXT:
    freq[ch] = freq.get(ch, 0) + 1
tree = build(freq)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
encoded = "".join(table[ch] for ch in TEXT)
print(len(encoded), "bits vs", 8 * len(TEXT), "bits uncompressed")
print(encoded[:64])
print(decode(tree, encoded) == TEXT)
weighted = sum(freq[c] * len(table[c]) for c in freq)
print("weighted length:", weighted, "average bits per symbol:", round(weighted / len(TEXT), 4))
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free)
