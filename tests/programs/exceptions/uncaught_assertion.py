# A failing assert at module level, with a message.
items = [3, 1, 2]
assert len(items) == 3, "three items"
print("sorted:", sorted(items))
assert items == sorted(items), f"not sorted: {items}"
