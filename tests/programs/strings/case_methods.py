# upper/lower/title/capitalize/swapcase/casefold and the is* predicates.
samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "it's a dog's life", "123abc", "", "ß straße", "o'neil mc-donald 3rd"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "", "Hello World", "hello world", "HELLO WORLD", "½", "²", "a b", "_x", "Ⅻ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
