# Stack and Queue classes with errors, used to evaluate and reorder data.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self):
        self._in = []
        self._out = []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("get from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)

s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), s.peek(), s.pop(), s)
q = Queue()
for i in range(5):
    q.put(i)
print(q.get(), q.get())
q.put(99)
print([q.get() for _ in range(len(q))])
for obj, method in [(Stack(), "pop"), (Queue(), "get")]:
    try:
        getattr(obj, method)()
    except IndexError as e:
        print("IndexError:", e)
