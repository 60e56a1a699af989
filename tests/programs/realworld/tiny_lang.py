"""A tokenizer, recursive-descent parser and tree-walking evaluator for a tiny language with
variables, arithmetic, comparisons, if/while blocks, functions and print."""
import operator as op
import re

TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/%(){}<>=,;]))")
KEYWORDS = {"let", "if", "else", "while", "fn", "return", "print"}

class ParseError(Exception):
    pass

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

def tokenize(src):
    pos, out, src = 0, [], src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError(f"bad character {src[pos:].strip()[0]!r} near {pos}")
        num, name, op = m.groups()
        out.append(("num", int(num)) if num else ("kw" if name in KEYWORDS else "name", name) if name else ("op", op))
        pos = m.end()
    return out + [("eof", None)]

class Parser:
    LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self, *values):
        kind, val = self.toks[self.i]
        return val in values if values else kind

    def take(self, value=None):
        val = self.toks[self.i][1]
        if value is not None and val != value:
            raise ParseError(f"expected {value!r}, found {val!r}")
        self.i += 1
        return val

    def program(self):
        stmts = []
        while self.peek() != "eof" and not self.peek("}"):
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.take("{")
        body = self.program()
        self.take("}")
        return body

    def names(self, item):
        self.take("(")
        out = []
        while not self.peek(")"):
            out.append(item())
            if self.peek(","):
                self.take()
        self.take(")")
        return out

    def statement(self):
        kw = self.take() if self.peek() == "kw" else None
        if kw == "if":
            cond, then = self.expr(), self.block()
            return ("if", cond, then, self.block() if self.peek("else") and self.take() else [])
        if kw == "while":
            return ("while", self.expr(), self.block())
        if kw == "fn":
            return ("fn", self.take(), self.names(self.take), self.block())
        if kw == "let":
            name = self.take()
            self.take("=")
            node = ("let", name, self.expr())
        else:
            node = (kw or "expr", self.expr())
        self.take(";")
        return node

    def expr(self, level=0):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek(*self.LEVELS[level]):
            left = ("bin", self.take(), left, self.expr(level + 1))
        return left

    def unary(self):
        if self.peek("-"):
            self.take()
            return ("neg", self.unary())
        if self.peek() == "num":
            return ("num", self.take())
        if self.peek() == "name":
            name = self.take()
            return ("call", name, self.names(self.expr)) if self.peek("(") else ("var", name)
        self.take("(")
        e = self.expr()
        self.take(")")
        return e

OPS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.floordiv, "%": op.mod, "==": op.eq, "!=": op.ne,
       "<": op.lt, ">": op.gt, "<=": op.le, ">=": op.ge}

def run(stmts, env, out):
    for s in stmts:
        match s:
            case ("let", name, e):
                env[name] = ev(e, env)
            case ("print", e):
                out.append(str(ev(e, env)))
            case ("return", e):
                raise ReturnSignal(ev(e, env))
            case ("if", cond, then, other):
                run(then if ev(cond, env) else other, env, out)
            case ("while", cond, body):
                while ev(cond, env):
                    run(body, env, out)
            case ("fn", name, params, body):
                env[name] = (params, body, out)
            case ("expr", e):
                ev(e, env)

def ev(e, env):
    match e:
        case ("num", value):
            return value
        case ("var", name) if name not in env:
            raise NameError(f"undefined variable {name}")
        case ("var", name):
            return env[name]
        case ("neg", inner):
            return -ev(inner, env)
        case ("bin", o, a, b):
            return int(OPS[o](ev(a, env), ev(b, env)))
        case ("call", name, args):
            params, body, out = env[name]
            local = dict(env) | dict(zip(params, [ev(a, env) for a in args]))
            try:
                run(body, local, out)
            except ReturnSignal as r:
                return r.value
            return 0

PROGRAMS = [
    "let x = 2 + 3 * 4; print x; print (2 + 3) * 4; print -x % 5;",
    "fn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); } print fact(10);",
    "let i = 0; let s = 0; while i < 10 { let s = s + i * i; let i = i + 1; } print s;",
    "fn fib(n) { if n < 2 { return n; } else { return fib(n - 1) + fib(n - 2); } } print fib(15);",
    "fn gcd(a, b) { while b != 0 { let t = b; let b = a % b; let a = t; } return a; } print gcd(1071, 462);",
    "print 7 / 2; print 7 / -2; print 1 == 1; print 3 >= 4;",
    "print y;", "let z = (1 + 2;", "let q = 3 $ 4;",
]
for src in PROGRAMS:
    out = []
    try:
        run(Parser(tokenize(src)).program(), {}, out)
        print(" ".join(out))
    except (ParseError, NameError) as exc:
        print(f"{type(exc).__name__}: {exc}")
print(tokenize("let a1 = b<=3;")[:6])
print(Parser(tokenize("1 + 2 * -x")).expr())
