# heapq and bisect: priority queues, merging sorted streams, binary search and insort with key.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 6), heapq.heappushpop(data, 0), sorted(data))
print(heapq.nlargest(3, [4, 1, 9, 7, 3]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
grades = [60, 70, 80, 90]
print([ "FDCBA"[bisect.bisect(grades, s)] for s in [33, 60, 75, 99]])
xs = [1, 2, 2, 2, 5]
print(bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect_left(xs, 9), bisect.bisect(xs, 0))
bisect.insort(xs, 3)
bisect.insort_left(xs, 2)
print(xs)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1])
print(recs)
