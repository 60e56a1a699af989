"""A trie with insertion counts, prefix autocomplete ranked by frequency, deletion with pruning,
wildcard matching, longest common prefix and a compact dump of the structure."""

TEXT = """the quick brown fox jumps over the lazy dog then the fox trots to the thicket
there they think the theme of the theory is thin though the thunder threatens three
trees a tree in a trench treats a trail to a train track the trace of a tram"""


class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self):
        self.children = {}
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.count > 0

    def _walk(self, node, prefix):
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def __iter__(self):
        return (w for w, _ in self._walk(self.root, ""))

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        if node is None:
            return []
        found = sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return found[:limit]

    def delete(self, word):
        path, node = [], self.root
        for ch in word:
            if ch not in node.children:
                raise KeyError(word)
            path.append((node, ch))
            node = node.children[ch]
        if node.count == 0:
            raise KeyError(word)
        node.count = 0
        self.size -= 1
        for parent, ch in reversed(path):
            child = parent.children[ch]
            if child.count or child.children:
                break
            del parent.children[ch]

    def match(self, pattern, node=None, prefix=""):
        node = node or self.root
        if not pattern:
            if node.count:
                yield prefix
            return
        head, rest = pattern[0], pattern[1:]
        keys = sorted(node.children) if head == "?" else [head] if head in node.children else []
        for ch in keys:
            yield from self.match(rest, node.children[ch], prefix + ch)

    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node.children) == 1 and not node.count:
            (ch, node), = node.children.items()
            prefix += ch
        return prefix

    def node_count(self, node=None):
        node = node or self.root
        return 1 + sum(self.node_count(c) for c in node.children.values())


trie = Trie(TEXT.split())
print("words:", trie.size, "nodes:", trie.node_count(), "total:", sum(c for _, c in trie._walk(trie.root, "")))
for prefix in ("th", "the", "tr", "t", "q", "x", ""):
    print(f"complete({prefix!r}):", trie.complete(prefix, limit=4))
print("contains:", [w for w in ("the", "th", "thin", "thinking", "tram") if w in trie])
print("match th??e:", list(trie.match("th??e")), "t?e:", list(trie.match("t?e")), "????:", len(list(trie.match("????"))))
for word in ("thicket", "thin", "thing", "tr"):
    try:
        trie.delete(word)
        print(f"deleted {word}; size {trie.size}, nodes {trie.node_count()}")
    except KeyError as exc:
        print("cannot delete", exc)
print("after delete:", trie.complete("thi"), "this" in trie, "think" in trie)
print("lcp:", repr(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix()),
      repr(Trie(["flow", "flower"]).longest_common_prefix()), repr(Trie(["a", "b"]).longest_common_prefix()))
print("first ten:", list(trie)[:10])
