"""A tokenizer, a recursive-descent parser and an evaluator for arithmetic with variables and functions."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise CalcError(f"unexpected character {text[pos]!r} at {pos}")
        number, name, op = m.groups()
        if number:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif name:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() in (("op", "^"), ("op", "**")):
            self.take()
            return ("**", base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {value!r}")


FUNCTIONS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round, "log": math.log}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError(f"unknown variable {node[1]}")
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        if node[1] not in FUNCTIONS:
            raise CalcError(f"unknown function {node[1]}")
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    if kind == "/":
        if right == 0:
            raise CalcError("division by zero")
        return left / right
    if kind == "%":
        return left % right
    return left ** right


def run(lines):
    env = {"pi": math.pi}
    for line in lines:
        try:
            tree = Parser(tokenize(line)).statement()
            print(f"{line:28} => {evaluate(tree, env)!r}")
        except CalcError as e:
            print(f"{line:28} !! {e}")
        except (OverflowError, ValueError) as e:
            print(f"{line:28} !! {type(e).__name__}: {e}")


run([
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "x = 10", "y = x / 4", "x % 3 + y",
    "sqrt(16) + max(1, 7, 3)", "round(pi * 100) / 100", "10 / (5 - 5)", "foo + 1", "3 $ 4",
    "log(-1)", "2 ** 0.5", "big = 2 ** 100", "big * big", "abs(-7.25)", "min(3, x, y)", "(1 + 2",
])
