"""Convert a Markdown document to plain text: headings underlined, emphasis and code stripped,
links turned into footnotes, ordered/unordered lists renumbered, block quotes and code blocks."""
import re

DOC = """\
# Release notes

Version **2.1** brings *faster* startup and a new `--quiet` flag.
See [the docs](https://example.com/docs) and [FAQ](https://example.com/faq).

## Changes

- Fixed a crash when the config file was **empty**
- Improved `parse()` speed by ~30%
  * nested item with [a link](https://example.com/docs)
- Removed the _legacy_ API

3. first numbered
7. second numbered
1. third numbered

> Quote: "Simple is better than complex."
> -- the Zen

```
def hello():
    print("*not emphasis*")
```

### Thanks
Thanks to __everyone__ who reported bugs!
---
"""

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
EMPHASIS = [(re.compile(r"(\*\*|__)(.+?)\1"), r"\2"), (re.compile(r"(\*|_)(.+?)\1"), r"\2"),
            (re.compile(r"`([^`]+)`"), r"'\1'")]


class Converter:
    def __init__(self):
        self.links = {}

    def inline(self, text):
        def footnote(m):
            url = m.group(2)
            number = self.links.setdefault(url, len(self.links) + 1)
            return f"{m.group(1)}[{number}]"
        text = LINK.sub(footnote, text)
        for pattern, repl in EMPHASIS:
            text = pattern.sub(repl, text)
        return text

    def convert(self, doc):
        out, in_code, counter = [], False, 0
        for line in doc.splitlines():
            if line.startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                out.append("    | " + line)
                continue
            if m := re.match(r"(#{1,6})\s+(.*)", line):
                level, title = len(m.group(1)), self.inline(m.group(2))
                out.append(title.upper() if level == 1 else title)
                out.append({1: "=", 2: "-"}.get(level, "~") * len(title))
                continue
            if m := re.match(r"(\s*)[-*+]\s+(.*)", line):
                depth = len(m.group(1)) // 2
                out.append("  " * depth + ("o " if depth else "* ") + self.inline(m.group(2)))
                continue
            if m := re.match(r"\d+\.\s+(.*)", line):
                counter += 1
                out.append(f"{counter:>2}) {self.inline(m.group(1))}")
                continue
            counter = 0
            if line.startswith(">"):
                out.append("  \u2502 " + self.inline(line[1:].strip()))
            elif re.fullmatch(r"-{3,}", line):
                out.append("_" * 40)
            else:
                out.append(self.inline(line))
        if self.links:
            out.append("")
            out.extend(f"[{n}] {url}" for url, n in self.links.items())
        return "\n".join(out)


conv = Converter()
text = conv.convert(DOC)
print(text)
print("-" * 40)
lines = text.splitlines()
print(f"{len(lines)} lines, {len(text.split())} words, {len(conv.links)} links,"
      f" longest line {max(map(len, lines))} chars")
print(Converter().inline("a **b** _c_ `d*e*` [x](u) [y](u) **_both_**"))
