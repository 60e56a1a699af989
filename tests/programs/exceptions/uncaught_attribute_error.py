# Uncaught AttributeError on a built-in type.
words = ["a", "b"]
print(words)
words.push("c")
