x = 1
print(f"{x!r:\n}" f"{'a\\nb'}")
