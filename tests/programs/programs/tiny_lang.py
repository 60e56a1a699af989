# An interpreter for a tiny imperative language: tokenizer, parser to tuples, tree-walking evaluator.
PROGRAM = """
# compute some numbers
let n = 10;
let a = 0; let b = 1; let i = 0;
while i < n {
    print a;
    let t = a + b; let a = b; let b = t;
    let i = i + 1;
}
func square(x) { return x * x; }
func fact(k) { if k <= 1 { return 1; } else { return k * fact(k - 1); } }
print square(12);
print fact(15);
let s = 0; let j = 1;
while j <= 100 { if j % 3 == 0 or j % 5 == 0 { let s = s + j; } let j = j + 1; }
print s;
print (2 + 3) * 4 - 10 / 4;
print -7 % 3;
print not 0 and 1;
"""

KEYWORDS = {"let", "while", "if", "else", "print", "func", "return", "and", "or", "not"}

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/%<>=(){};,":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r}")
    tokens.append(("eof", None))
    return tokens

parser_state = {"pos": 0, "tokens": []}

def peek():
    return parser_state["tokens"][parser_state["pos"]]

def advance():
    tok = peek()
    parser_state["pos"] += 1
    return tok

def accept(value):
    if peek()[1] == value:
        advance()
        return True
    return False

def expect(value):
    tok = advance()
    if tok[1] != value:
        raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")

def parse_block():
    expect("{")
    stmts = []
    while not accept("}"):
        stmts.append(parse_stmt())
    return stmts

def parse_stmt():
    if accept("let"):
        name = advance()[1]
        expect("=")
        e = parse_expr()
        expect(";")
        return ("let", name, e)
    if accept("print"):
        e = parse_expr()
        expect(";")
        return ("print", e)
    if accept("while"):
        cond = parse_expr()
        return ("while", cond, parse_block())
    if accept("if"):
        cond = parse_expr()
        then = parse_block()
        other = parse_block() if accept("else") else []
        return ("if", cond, then, other)
    if accept("func"):
        name = advance()[1]
        expect("(")
        params = []
        while not accept(")"):
            params.append(advance()[1])
            accept(",")
        return ("func", name, params, parse_block())
    if accept("return"):
        e = parse_expr()
        expect(";")
        return ("return", e)
    raise SyntaxError(f"unexpected {peek()[1]!r}")

LEVELS = [["or"], ["and"], ["==", "!=", "<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]]

def parse_expr(level=0):
    if level == len(LEVELS):
        return parse_unary()
    left = parse_expr(level + 1)
    while peek()[1] in LEVELS[level]:
        op = advance()[1]
        left = ("bin", op, left, parse_expr(level + 1))
    return left

def parse_unary():
    if accept("-"):
        return ("neg", parse_unary())
    if accept("not"):
        return ("not", parse_unary())
    kind, value = advance()
    if kind == "num":
        return ("num", value)
    if value == "(":
        e = parse_expr()
        expect(")")
        return e
    if kind == "name":
        if accept("("):
            args = []
            while not accept(")"):
                args.append(parse_expr())
                accept(",")
            return ("call", value, args)
        return ("var", value)
    raise SyntaxError(f"unexpected {value!r}")

def evaluate(e, env):
    kind = e[0]
    if kind == "num":
        return e[1]
    if kind == "var":
        return env[e[1]]
    if kind == "neg":
        return -evaluate(e[1], env)
    if kind == "not":
        return 0 if evaluate(e[1], env) else 1
    if kind == "call":
        params, body = FUNCS[e[1]]
        local = dict(zip(params, [evaluate(a, env) for a in e[2]]))
        result = run(body, local)
        return result[1] if result else 0
    op, a = e[1], evaluate(e[2], env)
    if op == "and":
        return evaluate(e[3], env) if a else a
    if op == "or":
        return a if a else evaluate(e[3], env)
    b = evaluate(e[3], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a // b,
            "%": lambda: a % b, "==": lambda: int(a == b), "!=": lambda: int(a != b),
            "<": lambda: int(a < b), "<=": lambda: int(a <= b), ">": lambda: int(a > b),
            ">=": lambda: int(a >= b)}[op]()

FUNCS = {}

def run(stmts, env):
    """Runs statements; returns ("return", value) when a return statement ran, else None."""
    for s in stmts:
        if s[0] == "let":
            env[s[1]] = evaluate(s[2], env)
        elif s[0] == "print":
            print(evaluate(s[1], env))
        elif s[0] == "while":
            while evaluate(s[1], env):
                result = run(s[2], env)
                if result:
                    return result
        elif s[0] == "if":
            result = run(s[2] if evaluate(s[1], env) else s[3], env)
            if result:
                return result
        elif s[0] == "func":
            FUNCS[s[1]] = (s[2], s[3])
        elif s[0] == "return":
            return ("return", evaluate(s[1], env))
    return None

parser_state["tokens"] = tokenize(PROGRAM)
program = []
while peek()[0] != "eof":
    program.append(parse_stmt())
print(len(parser_state["tokens"]), "tokens,", len(program), "statements")
run(program, {})
for bad in ["let = 5;", "print (1 + ;", "let x = 1 $ 2;"]:
    try:
        parser_state["tokens"] = tokenize(bad)
        parser_state["pos"] = 0
        parse_stmt()
    except SyntaxError as e:
        print("SyntaxError:", e)
