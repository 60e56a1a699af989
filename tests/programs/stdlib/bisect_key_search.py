# bisect with key= (3.10+) over records, and a binary-search-on-answer example.
import bisect
from operator import itemgetter, attrgetter

events = [("09:00", "standup"), ("10:30", "review"), ("13:00", "lunch"), ("15:45", "demo")]
times = itemgetter(0)
for t in ["08:00", "10:30", "12:00", "16:00"]:
    i = bisect.bisect_right(events, t, key=times)
    current = events[i - 1][1] if i else "nothing yet"
    print(f"at {t}: last started = {current}, next = {events[i][1] if i < len(events) else 'none'}")

bisect.insort(events, ("11:15", "1:1"), key=times)
bisect.insort_left(events, ("13:00", "walk"), key=times)
bisect.insort_right(events, ("13:00", "coffee"), key=times)
print("agenda:", events)

class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"{self.name}@{self.price}"

shop = sorted([Item("pen", 2), Item("book", 12), Item("lamp", 25), Item("mug", 7), Item("bag", 40)], key=attrgetter("price"))
print("shop:", shop)
budget = 20
i = bisect.bisect_right(shop, budget, key=attrgetter("price"))
print(f"affordable with {budget}:", shop[:i])
print("cheapest >= 10:", shop[bisect.bisect_left(shop, 10, key=attrgetter("price"))])
bisect.insort(shop, Item("cap", 12), key=attrgetter("price"))
print("after insort cap:", shop)

by_len = sorted(["a", "bbb", "cc", "dddd", "ee"], key=len)
print("by_len:", by_len, "first len>=3:", bisect.bisect_left(by_len, 3, key=len), "len<=2:", bisect.bisect_right(by_len, 2, key=len))
print("key with lo/hi:", bisect.bisect_left(by_len, 2, 2, 4, key=len))

# binary search on the answer: smallest capacity to ship within D days
weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
def days_needed(cap):
    days, load = 1, 0
    for w in weights:
        if load + w > cap:
            days, load = days + 1, 0
        load += w
    return days
candidates = range(max(weights), sum(weights) + 1)
for D in [1, 3, 5, 10]:
    idx = bisect.bisect_left(candidates, True, key=lambda cap: days_needed(cap) <= D)
    print(f"ship in {D} days: capacity {candidates[idx]}")

# integer square root by bisect over a range
def isqrt(n):
    return bisect.bisect_right(range(n + 1), n, key=lambda x: x * x) - 1
print("isqrt:", [isqrt(n) for n in [0, 1, 15, 16, 17, 99, 100, 1000]])

# rank lookup in a leaderboard sorted descending via negative key
board = sorted([("ann", 1200), ("bob", 1500), ("cid", 900), ("dee", 1350)], key=lambda r: -r[1])
for score in [1600, 1400, 1000, 100]:
    rank = bisect.bisect_left(board, -score, key=lambda r: -r[1]) + 1
    print(f"score {score} would rank #{rank}")
