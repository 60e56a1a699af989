# repr chooses quotes and escapes exactly as CPython does.
samples = ["plain", "with 'single'", 'with "double"', "both ' and \"", "back\\slash", "new\nline", "tab\t", "bell\a",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "é ü ß", "\u200b\u2028", "\ud7ff", "\U0010ffff", "😀", "\ufeff"]
for s in samples:
    print(repr(s), len(s))
print(samples[:3])
print(str(samples[4]), str(["a'b"]), str(('x"y',)))
