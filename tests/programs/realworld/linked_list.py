"""A doubly linked list with iterators: sequence protocol (indexing, slicing, negative indices),
insertion and removal, reversal in place, a reverse iterator, concurrent-modification
detection, sorting by rewriting node values, and equality with lists."""


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value, prev=None, next=None):
        self.value, self.prev, self.next = value, prev, next


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.length = 0
        self.version = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value, self.tail)
        if self.tail:
            self.tail.next = node
        else:
            self.head = node
        self.tail = node
        self.length += 1
        self.version += 1

    def appendleft(self, value):
        node = Node(value, None, self.head)
        if self.head:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self.length += 1
        self.version += 1

    def _node(self, index):
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("linked list index out of range")
        if index < self.length // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.length - 1 - index):
                node = node.prev
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self.length)))
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def _unlink(self, node):
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.length -= 1
        self.version += 1
        return node.value

    def __delitem__(self, index):
        self._unlink(self._node(index))

    def pop(self, index=-1):
        if not self.length:
            raise IndexError("pop from empty linked list")
        return self._unlink(self._node(index))

    def remove(self, value):
        node = self.head
        while node:
            if node.value == value:
                self._unlink(node)
                return
            node = node.next
        raise ValueError(f"{value!r} not in list")

    def __iter__(self):
        node, version = self.head, self.version
        while node:
            if self.version != version:
                raise RuntimeError("linked list changed during iteration")
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __len__(self):
        return self.length

    def reverse(self):
        node = self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
        self.head, self.tail = self.tail, self.head
        self.version += 1

    def sort(self, key=lambda v: v):
        values = sorted(self, key=key)
        node = self.head
        for v in values:
            node.value, node = v, node.next
        self.version += 1

    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self):
        return "LinkedList([" + " <-> ".join(map(repr, self)) + "])"


ll = LinkedList(range(1, 8))
ll.appendleft(0)
ll.append(8)
print(ll, len(ll))
print("index:", ll[0], ll[4], ll[-1], ll[-3], "slice:", ll[2:7:2], ll[::-3])
ll[1] = "one"
del ll[-2]
print("popped:", ll.pop(), ll.pop(0), "removed 4:", ll.remove(4), ll)
ll.reverse()
print("reversed:", ll, "iter back:", list(reversed(ll)))
words = LinkedList("pear fig apple kiwi banana".split())
words.sort(key=len)
print("sorted by len:", words, "== list:", words == ["fig", "pear", "kiwi", "apple", "banana"])
try:
    for w in words:
        if w == "kiwi":
            words.append("lime")
except RuntimeError as exc:
    print("error:", exc)
for bad in (lambda: ll[99], lambda: ll.remove("zzz"), lambda: LinkedList().pop()):
    try:
        bad()
    except (IndexError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
print(sum(LinkedList(range(101))), list(map(str.upper, words)), "kiwi" in words, "plum" in words)
