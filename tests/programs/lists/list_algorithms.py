# Classic list algorithms: binary search, merge sort, quick sort, rotate, dedupe, flatten.
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot = xs[len(xs) // 2]
    return quick_sort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quick_sort([x for x in xs if x > pivot])

data = [(i * 37 + 11) % 101 for i in range(40)]
print(data)
ms = merge_sort(data)
print(ms)
print(quick_sort(data) == ms == sorted(data))
for t in [0, 11, 48, 100, 101, -5]:
    print(t, binary_search(ms, t))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
seen = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.append(x)
print(seen)
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, 4], []], [[5]], 6]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
