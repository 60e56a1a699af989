"""Wrapping and filling text: wrap, fill, shorten, dedent, indent and TextWrapper.

Text is cut into chunks (runs of whitespace and words, words further split after hyphens when
break_on_hyphens is set), then lines are filled greedily from the chunks; a chunk longer than a
whole line is cut when break_long_words is set.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(ch):
    return ch.isalpha()


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _split_word(word):
    """Splits one whitespace-free word after its hyphens: 'well-known' gives 'well-', 'known';
    a dash of two or more hyphens between words is a chunk of its own."""
    pieces = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        run_end = i
        while run_end < n and word[run_end] == '-':
            run_end += 1
        run = run_end - i
        if run >= 2:
            if i > start and _is_word_char(word[i - 1]) and run_end < n and _is_word_char(word[run_end]):
                pieces.append(word[start:i])
                pieces.append(word[i:run_end])
                start = run_end
            i = run_end
            continue
        # A single hyphen splits when two letters (or letter-hyphen-letter) come before it and a
        # letter, optionally hyphen, letter follow.
        before = word[start:i]
        letters_before = (len(before) >= 2 and _is_letter(before[-1]) and _is_letter(before[-2])) or \
            (len(before) >= 3 and _is_letter(before[-1]) and before[-2] == '-' and _is_letter(before[-3]))
        after = word[i + 1:]
        letters_after = len(after) >= 2 and _is_letter(after[0]) and (
            _is_letter(after[1]) or (after[1] == '-' and len(after) >= 3 and _is_letter(after[2])))
        if letters_before and letters_after:
            pieces.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


def _split_whitespace(text):
    """Alternating runs of whitespace and of other characters."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        space = text[i].isspace()
        while j < n and text[j].isspace() == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Wraps paragraphs: see wrap() and fill() for what the options mean."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if ch in _whitespace else ch for ch in text)
        return text

    def _split(self, text):
        chunks = _split_whitespace(text)
        if not self.break_on_hyphens:
            return chunks
        result = []
        for chunk in chunks:
            if chunk[0].isspace():
                result.append(chunk)
            else:
                result.extend(_split_word(chunk))
        return result

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (other than the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            nothing_left = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if last_allowed or (nothing_left and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to width (no final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines joined by newlines."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    """A lowercase letter, then . ! or ?, then an optional closing quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and chunk[-2].islower()


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, truncated to width with a placeholder if needed."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the leading whitespace every non-blank line shares; blank lines become empty."""
    lines = text.split('\n')
    lines = ['' if line and all(ch in ' \t' for ch in line) else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while common < len(margin) and common < len(lead) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """prefix added to the lines for which predicate is true (by default, non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
