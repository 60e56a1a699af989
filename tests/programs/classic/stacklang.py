"""An interpreter for a small stack language with words, conditionals, loops and error reporting."""


class StackError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} (at token {position})")
        self.position = position


class Machine:
    def __init__(self, output):
        self.stack = []
        self.words = {}
        self.output = output
        self.builtins = {
            "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
            "/": self._divide, "mod": lambda a, b: a % b, "<": lambda a, b: int(a < b),
            "=": lambda a, b: int(a == b), ">": lambda a, b: int(a > b),
        }

    @staticmethod
    def _divide(a, b):
        if b == 0:
            raise ZeroDivisionError("division by zero")
        return a // b

    def pop(self, position):
        if not self.stack:
            raise StackError("stack underflow", position)
        return self.stack.pop()

    def run(self, source):
        tokens = source.split()
        self.execute(tokens, 0, len(tokens))

    def find(self, tokens, start, end, opener, closers):
        depth = 0
        for i in range(start, end):
            if tokens[i] == opener:
                depth += 1
            elif tokens[i] in closers:
                if depth == 0:
                    return i
                if tokens[i] == closers[-1]:
                    depth -= 1
        raise StackError(f"unterminated {opener}", start)

    def execute(self, tokens, i, end):
        while i < end:
            token = tokens[i]
            if token.lstrip("-").isdigit():
                self.stack.append(int(token))
            elif token in self.builtins:
                b, a = self.pop(i), self.pop(i)
                try:
                    self.stack.append(self.builtins[token](a, b))
                except ZeroDivisionError as e:
                    raise StackError(str(e), i) from e
            elif token == "dup":
                value = self.pop(i)
                self.stack += [value, value]
            elif token == "swap":
                b, a = self.pop(i), self.pop(i)
                self.stack += [b, a]
            elif token == "drop":
                self.pop(i)
            elif token == ".":
                self.output.append(str(self.pop(i)))
            elif token == ":":
                close = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:close]
                i = close
            elif token == "if":
                close = self.find(tokens, i + 1, end, "if", ["else", "then"])
                if tokens[close] == "else":
                    then = self.find(tokens, close + 1, end, "if", ["then"])
                else:
                    then = close
                if self.pop(i):
                    self.execute(tokens, i + 1, close)
                elif close != then:
                    self.execute(tokens, close + 1, then)
                i = then
            elif token == "times":
                close = self.find(tokens, i + 1, end, "times", ["loop"])
                for _ in range(self.pop(i)):
                    self.execute(tokens, i + 1, close)
                i = close
            elif token in self.words:
                body = self.words[token]
                self.execute(body, 0, len(body))
            else:
                raise StackError(f"unknown word {token!r}", i)
            i += 1


programs = [
    "2 3 + 4 * .",
    ": square dup * ; 7 square . 12 square .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact .",
    "1 10 times dup . 2 * loop drop",
    "5 3 < if 100 . else 200 . then",
    ": fib dup 2 < if else dup 1 - fib swap 2 - fib + then ; 15 fib .",
    "1 0 / .",
    "+",
    "1 2 frobnicate",
    "3 if 1 .",
]
for program in programs:
    out = []
    machine = Machine(out)
    try:
        machine.run(program)
        print(f"{program[:40]:42} -> {' '.join(out)} | stack {machine.stack}")
    except StackError as e:
        cause = f" caused by {type(e.__cause__).__name__}" if e.__cause__ else ""
        print(f"{program[:40]:42} !! {e}{cause} | output {out}")
