# heapq: a priority task scheduler with heappush/heappop, plus heapreplace and heappushpop.
import heapq

tasks = []
counter = 0
def schedule(priority, name):
    global counter
    heapq.heappush(tasks, (priority, counter, name))
    counter += 1

for prio, name in [(3, "write docs"), (1, "fix prod bug"), (2, "review PR"), (1, "page oncall"), (5, "lunch"), (2, "deploy")]:
    schedule(prio, name)
print("heap invariant:", all(tasks[i] <= tasks[c] for i in range(len(tasks)) for c in (2 * i + 1, 2 * i + 2) if c < len(tasks)))
print("peek:", tasks[0])
while tasks:
    prio, _, name = heapq.heappop(tasks)
    print(f"  run p{prio}: {name}")

h = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(h)
print("heapify:", h)
print("heapreplace returns smallest first:", heapq.heapreplace(h, 5), h)
print("heappushpop returns smaller:", heapq.heappushpop(h, 0), h)
print("heappushpop pushes then pops:", heapq.heappushpop(h, 10), h)
print("sorted pops:", [heapq.heappop(h) for _ in range(len(h))])

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)

# max-heap via negation
scores = {"ann": 88, "bob": 95, "cid": 72, "dee": 95, "eve": 60}
mx = [(-s, n) for n, s in scores.items()]
heapq.heapify(mx)
print("ranking:", [(n, -s) for s, n in (heapq.heappop(mx) for _ in range(len(mx)))])

# Dijkstra shortest paths
graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": [("E", 3)], "E": []}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, float("inf")):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, float("inf")):
            dist[v] = d + w
            heapq.heappush(pq, (d + w, v))
print("dijkstra:", dict(sorted(dist.items())))

# running median with two heaps
lo, hi, medians = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    medians.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print("running medians:", medians)
