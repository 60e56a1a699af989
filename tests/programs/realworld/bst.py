"""A binary search tree (unbalanced) mapping keys to values: insert, lookup, deletion of leaves,
one-child and two-child nodes, in-order/pre-order/level-order generators, range queries,
floor/ceiling, height, validation and a sideways drawing."""
from collections import deque


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root, self.size = None, 0

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
                return node
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.size

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node:
            yield from self.inorder(node.left)
            yield node.key, node.value
            yield from self.inorder(node.right)

    __iter__ = lambda self: (k for k, _ in self.inorder())

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            stack.extend(n for n in (node.right, node.left) if n)

    def levels(self):
        queue, out = deque([(self.root, 0)] if self.root else []), []
        while queue:
            node, depth = queue.popleft()
            if depth == len(out):
                out.append([])
            out[depth].append(node.key)
            queue.extend((n, depth + 1) for n in (node.left, node.right) if n)
        return out

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]

    def floor(self, key):
        node, best = self.root, None
        while node:
            if node.key <= key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def valid(self):
        keys = list(self)
        return keys == sorted(keys) and len(keys) == self.size

    def draw(self, node="root", depth=0):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return self.draw(node.right, depth + 1) + ["    " * depth + str(node.key)] + self.draw(node.left, depth + 1)


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 75, 85, 42]:
    tree[k] = f"v{k}"
tree[40] = "forty"
print("size", len(tree), "height", tree.height(), "valid", tree.valid())
print("inorder:", list(tree))
print("preorder:", list(tree.preorder()))
print("levels:", tree.levels())
print("\n".join(tree.draw()))
print("lookup:", tree[40], tree[85], 42 in tree, 43 in tree, "range 33..66:", tree.range(33, 66))
print("floor:", [tree.floor(k) for k in (5, 10, 44, 100)])
for key in (10, 30, 50, 70, 99):
    try:
        del tree[key]
        print(f"del {key}: levels {tree.levels()} valid {tree.valid()}")
    except KeyError as exc:
        print("missing key", exc)
print("items:", list(tree.inorder())[:4], "size", len(tree), "height", tree.height())
chain = BST()
for k in range(30):
    chain[k] = k * k
print("degenerate height:", chain.height(), "sum:", sum(v for _, v in chain.inorder()))
