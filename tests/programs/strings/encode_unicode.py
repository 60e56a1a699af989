# Non-ASCII text: len counts code points; encode gives UTF-8 bytes; escapes in literals.
s = "héllo wörld €"
print(s, len(s), s.upper(), s[1], s[-1], s[::-1])
b = s.encode()
print(b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "ñ".encode("latin-1"), "ñ".encode("utf-8"))
try:
    "ñ".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "\101\102", "tab[\t]", "nl[\\n]", "\U0001F600" == "😀", len("😀"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\x80"), repr("é"), repr("😀"))
print(ord("A"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(8364), chr(128512))
print(r"raw \n string", len(r"\n"), "a" "b" 'c', """triple "quoted" """)
print(ascii("héllo"), ascii("😀"), ascii("plain"))
