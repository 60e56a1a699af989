# Dynamic programming classics: knapsack, longest common subsequence, edit distance, coin change, LIS.
def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen = []
    c = capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[len(items)][capacity], chosen[::-1]

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40)]
print(knapsack(items, 400))

def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]

for a, b in [("AGGTAB", "GXTXAYB"), ("thisisatest", "testing123testing"), ("", "abc"), ("abc", "abc")]:
    print(a, b, repr(lcs(a, b)))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
    for v in range(1, amount + 1):
        options = [fewest[v - c] for c in coins if c <= v and fewest[v - c] is not None]
        fewest[v] = min(options) + 1 if options else None
    return ways[amount], fewest[amount]

print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_change([3, 7], 11), coin_change([2], 3))

def lis(xs):
    best = [1] * len(xs)
    prev = [-1] * len(xs)
    for i in range(len(xs)):
        for j in range(i):
            if xs[j] < xs[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                prev[i] = j
    i = max(range(len(xs)), key=lambda k: best[k])
    seq = []
    while i != -1:
        seq.append(xs[i])
        i = prev[i]
    return seq[::-1]

print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 14]))
