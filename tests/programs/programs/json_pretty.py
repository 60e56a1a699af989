# A small JSON parser and pretty printer written in plain Python (no json module).
SOURCE = '''
{"name": "widget", "version": 3, "price": 12.5, "tags": ["a", "b", "c"],
 "dimensions": {"w": 10, "h": 20.25, "unit": "cm"}, "active": true, "parent": null,
 "history": [{"v": 1, "note": "first \\"release\\""}, {"v": 2, "note": "tab\\there"}, []],
 "empty": {}, "neg": -0.5e2, "unicode": "caf\\u00e9", "big": 12345678901234567890}
'''

def parse(text):
    pos = [0]

    def skip():
        while pos[0] < len(text) and text[pos[0]] in " \t\r\n":
            pos[0] += 1

    def expect(ch):
        skip()
        if text[pos[0]] != ch:
            raise ValueError(f"expected {ch!r} at {pos[0]}, found {text[pos[0]]!r}")
        pos[0] += 1

    def value():
        skip()
        ch = text[pos[0]]
        if ch == "{":
            return obj()
        if ch == "[":
            return arr()
        if ch == '"':
            return string()
        for word, v in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos[0]):
                pos[0] += len(word)
                return v
        return number()

    def obj():
        expect("{")
        out = {}
        skip()
        if text[pos[0]] == "}":
            pos[0] += 1
            return out
        while True:
            skip()
            key = string()
            expect(":")
            out[key] = value()
            skip()
            if text[pos[0]] == ",":
                pos[0] += 1
                continue
            expect("}")
            return out

    def arr():
        expect("[")
        out = []
        skip()
        if text[pos[0]] == "]":
            pos[0] += 1
            return out
        while True:
            out.append(value())
            skip()
            if text[pos[0]] == ",":
                pos[0] += 1
                continue
            expect("]")
            return out

    def string():
        expect('"')
        out = ""
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "r": "\r"}
        while text[pos[0]] != '"':
            ch = text[pos[0]]
            if ch == "\\":
                nxt = text[pos[0] + 1]
                if nxt == "u":
                    out += chr(int(text[pos[0] + 2:pos[0] + 6], 16))
                    pos[0] += 6
                    continue
                out += escapes[nxt]
                pos[0] += 2
                continue
            out += ch
            pos[0] += 1
        pos[0] += 1
        return out

    def number():
        start = pos[0]
        while pos[0] < len(text) and text[pos[0]] in "+-0123456789.eE":
            pos[0] += 1
        raw = text[start:pos[0]]
        if any(c in raw for c in ".eE"):
            return float(raw)
        return int(raw)

    result = value()
    skip()
    if pos[0] != len(text):
        raise ValueError(f"trailing data at {pos[0]}")
    return result

def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ord(ch) > 126:
            out += "\\u%04x" % ord(ch)
        else:
            out += ch
    return out + '"'

def dump(v, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return quote(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(inner + dump(x, indent + step, step) for x in v) + "\n" + pad + "]"
    if not v:
        return "{}"
    items = [inner + quote(k) + ": " + dump(x, indent + step, step) for k, x in v.items()]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"

data = parse(SOURCE)
print(dump(data))
print(dump(data, step=4) == dump(parse(dump(data, step=4)), step=4))
print(data["history"][0]["note"], data["unicode"], data["big"] + 1, data["neg"])
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', "[1] x"]:
    try:
        parse(bad)
        print("parsed?!", bad)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, "for", repr(bad) + ":", e)
