# A binary-heap priority queue written by hand, used for Dijkstra's shortest paths on a grid graph.
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break

def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        left = 2 * i + 1
        right = left + 1
        smallest = i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if right < n and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest

data = [(i * 7919) % 101 for i in range(30)]
h = []
for x in data:
    heap_push(h, x)
print([heap_pop(h) for _ in range(len(data))] == sorted(data))

def make_graph(width, height, seed):
    state = seed
    graph = {}
    for y in range(height):
        for x in range(width):
            edges = []
            for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < width and 0 <= ny < height:
                    state = (state * 1103515245 + 12345) % 2147483648
                    edges.append(((nx, ny), 1 + state % 9))
            graph[(x, y)] = edges
    return graph

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heap_pop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev

def path_to(prev, source, target):
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]

graph = make_graph(12, 9, 42)
dist, prev = dijkstra(graph, (0, 0))
target = (11, 8)
print("nodes:", len(graph), "edges:", sum(len(e) for e in graph.values()))
print("distance to", target, "=", dist[target])
p = path_to(prev, (0, 0), target)
print("path length:", len(p))
print(" -> ".join(f"{x},{y}" for x, y in p))
for y in range(9):
    print(" ".join(f"{dist[(x, y)]:3d}" for x in range(12)))
far = max(dist, key=lambda n: (dist[n], n))
print("farthest:", far, dist[far])
cities = {"A": [("B", 7), ("C", 9), ("F", 14)], "B": [("A", 7), ("C", 10), ("D", 15)], "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
          "D": [("B", 15), ("C", 11), ("E", 6)], "E": [("D", 6), ("F", 9)], "F": [("A", 14), ("C", 2), ("E", 9)], "G": []}
d2, p2 = dijkstra(cities, "A")
for city in sorted(cities):
    if city in d2:
        print(city, d2[city], "-".join(path_to(p2, "A", city)))
    else:
        print(city, "unreachable")
