# A discrete-event simulation of a queue of customers at two counters, with a hand-written heap class.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p

    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(items):
                break
            if c + 1 < len(items) and items[c + 1] < items[c]:
                c += 1
            if items[i] <= items[c]:
                break
            items[i], items[c] = items[c], items[i]
            i = c
        return top

    def __len__(self):
        return len(self.items)

class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n

class Simulation:
    def __init__(self, counters, seed):
        self.events = MinHeap()
        self.free = list(range(counters))
        self.waiting = []
        self.rng = Random(seed)
        self.log = []
        self.waits = []
        self.seq = 0

    def schedule(self, time, kind, who):
        self.seq += 1
        self.events.push((time, self.seq, kind, who))

    def run(self, customers):
        t = 0
        for c in range(customers):
            t += 1 + self.rng.below(4)
            self.schedule(t, "arrive", c)
        while len(self.events):
            time, _, kind, who = self.events.pop()
            if kind == "arrive":
                self.waiting.append((who, time))
            else:
                self.free.append(who)
                self.log.append((time, f"counter {who} free"))
            while self.waiting and self.free:
                customer, arrived = self.waiting.pop(0)
                counter = min(self.free)
                self.free.remove(counter)
                duration = 2 + self.rng.below(6)
                self.waits.append(time - arrived)
                self.log.append((time, f"customer {customer} -> counter {counter} for {duration}"))
                self.schedule(time + duration, "done", counter)
        return time

sim = Simulation(2, 7)
end = sim.run(12)
for time, what in sim.log:
    print(f"t={time:3d} {what}")
print("finished at", end, "average wait", round(sum(sim.waits) / len(sim.waits), 3), "max wait", max(sim.waits))
