"""Huffman coding: build a code from symbol frequencies, encode, decode, report sizes."""
import heapq
from collections import Counter


class Node:
    __slots__ = ("weight", "symbol", "left", "right", "order")

    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right
        self.order = order

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    counts = Counter(text)
    heap = []
    order = 0
    for symbol, weight in sorted(counts.items()):
        heap.append(Node(weight, symbol, order=order))
        order += 1
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.weight, left=only, order=order)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        order += 1
        heapq.heappush(heap, Node(a.weight + b.weight, left=a, right=b, order=order))
    return heap[0]


def make_codes(node, prefix="", codes=None):
    if codes is None:
        codes = {}
    if node is None:
        return codes
    if node.is_leaf():
        codes[node.symbol] = prefix or "0"
        return codes
    make_codes(node.left, prefix + "0", codes)
    make_codes(node.right, prefix + "1", codes)
    return codes


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, tree):
    out = []
    node = tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = tree
    return "".join(out)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return data, padding


def report(text):
    tree = build_tree(text)
    codes = make_codes(tree)
    bits = encode(text, codes)
    data, padding = pack(bits)
    assert decode(bits, tree) == text
    print(f"text of {len(text)} chars, {len(codes)} symbols")
    for symbol, code in sorted(codes.items(), key=lambda item: (len(item[1]), item[0])):
        print(f"  {symbol!r:6} {code}")
    ratio = len(data) / len(text.encode("utf-8"))
    print(f"  {len(bits)} bits -> {len(data)} bytes (+{padding} padding), ratio {ratio:.3f}")
    print(f"  first bytes: {data[:8].hex()}")


samples = [
    "abracadabra",
    "the quick brown fox jumps over the lazy dog",
    "aaaaaaaaaa",
    "mississippi river banks " * 3,
    "Ünïcödé symbols ✓ mixed with ascii ✓✓",
]
for sample in samples:
    report(sample)
