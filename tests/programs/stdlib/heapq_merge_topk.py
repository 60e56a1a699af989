# heapq.merge of sorted streams and nlargest/nsmallest with keys.
import heapq

a = [1, 4, 9, 16]
b = [2, 3, 10]
c = [0, 5, 5, 20]
print("merge:", list(heapq.merge(a, b, c)))
print("merge reverse:", list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print("merge key:", list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print("merge empty:", list(heapq.merge([], [1], [])), list(heapq.merge()))

log1 = [("09:00", "web", "start"), ("09:05", "web", "req"), ("09:30", "web", "stop")]
log2 = [("09:01", "db", "start"), ("09:05", "db", "query"), ("09:20", "db", "stop")]
for entry in heapq.merge(log1, log2):
    print("  ", *entry)

nums = [15, 3, 99, 42, 8, 77, 23, 99, -4, 56]
print("nlargest 3:", heapq.nlargest(3, nums), "nsmallest 3:", heapq.nsmallest(3, nums))
print("n=1:", heapq.nlargest(1, nums), heapq.nsmallest(1, nums), "n=0:", heapq.nlargest(0, nums))
print("n > len:", heapq.nsmallest(20, [3, 1, 2]), "empty:", heapq.nlargest(2, []))

cities = [
    {"name": "Tokyo", "pop": 37.4}, {"name": "Delhi", "pop": 31.0}, {"name": "Shanghai", "pop": 27.1},
    {"name": "Sao Paulo", "pop": 22.0}, {"name": "Cairo", "pop": 21.3}, {"name": "Mumbai", "pop": 20.7},
]
print("largest 2:", [c["name"] for c in heapq.nlargest(2, cities, key=lambda c: c["pop"])])
print("smallest 2:", [c["name"] for c in heapq.nsmallest(2, cities, key=lambda c: c["pop"])])
print("longest names:", heapq.nlargest(3, (c["name"] for c in cities), key=len))
print("stable ties:", heapq.nsmallest(3, ["bb", "aa", "c", "dd", "e"], key=len))

# top-k frequent words using a bounded heap
text = "a b c a b a d e f a b c g a".split()
freq = {}
for w in text:
    freq[w] = freq.get(w, 0) + 1
heap = []
for w, n in freq.items():
    if len(heap) < 3:
        heapq.heappush(heap, (n, w))
    else:
        heapq.heappushpop(heap, (n, w))
print("top 3 frequent:", sorted(heap, reverse=True))

# k-way merge done by hand
lists = [[1, 7, 13], [2, 8], [3, 4, 5, 30]]
pq = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
heapq.heapify(pq)
out = []
while pq:
    val, i, j = heapq.heappop(pq)
    out.append(val)
    if j + 1 < len(lists[i]):
        heapq.heappush(pq, (lists[i][j + 1], i, j + 1))
print("manual merge:", out, out == sorted(sum(lists, [])))
m = heapq.merge([1, 3], [2])
print("merge is lazy iterator:", next(m), next(m), list(m))
