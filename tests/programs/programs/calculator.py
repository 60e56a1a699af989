# A tokenizer for arithmetic and a recursive-descent evaluator with variables, functions and errors.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit() or (c == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            raw = text[i:j]
            tokens.append(("num", float(raw) if "." in raw else int(raw)))
            i = j
            continue
        if c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
            continue
        if text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
            continue
        if c in "+-*/%^(),=":
            tokens.append(("op", c))
            i += 1
            continue
        raise ValueError(f"unexpected character {c!r} at position {i}")
    tokens.append(("end", None))
    return tokens

FUNCTIONS = {"abs": abs, "max": max, "min": min, "sqrt": lambda x: x ** 0.5, "round": round}

def evaluate(text, variables):
    tokens = tokenize(text)
    pos = 0

    def peek():
        return tokens[pos]

    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expect(op):
        tok = take()
        if tok != ("op", op):
            raise ValueError(f"expected {op!r} but found {tok[1]!r}")

    def expression():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = unary()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = take()[1]
            rhs = unary()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        if peek() == ("op", "+"):
            take()
            return unary()
        return power()

    def power():
        base = atom()
        if peek() in (("op", "**"), ("op", "^")):
            take()
            return base ** unary()
        return base

    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if kind == "name":
            if peek() == ("op", "("):
                take()
                args = [expression()]
                while peek() == ("op", ","):
                    take()
                    args.append(expression())
                expect(")")
                if value not in FUNCTIONS:
                    raise NameError(f"unknown function {value!r}")
                return FUNCTIONS[value](*args)
            if value not in variables:
                raise NameError(f"unknown variable {value!r}")
            return variables[value]
        if (kind, value) == ("op", "("):
            inner = expression()
            expect(")")
            return inner
        raise ValueError(f"unexpected token {value!r}")

    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        pos = 2
        result = expression()
        variables[tokens[0][1]] = result
    else:
        result = expression()
    if peek()[0] != "end":
        raise ValueError(f"trailing input at {peek()[1]!r}")
    return result

lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ^ 2", "10 / 4", "10 % 4", "7 - -3",
    "x = 5", "y = x * 2 + 1", "x * y", "sqrt(16) + abs(-3)", "max(1, x, y, 3)", "min(4, 2) * round(2.5)",
    "1.5 * 4", ".5 + .25", "2 ** 100", "z + 1", "foo(1)", "1 / 0", "(1 + 2", "1 + * 2", "3 $ 4", "1 2",
]
env = {}
for line in lines:
    try:
        print(f"{line:<22} => {evaluate(line, env)!r}")
    except ZeroDivisionError as e:
        print(f"{line:<22} => ZeroDivisionError: {e}")
    except (ValueError, NameError) as e:
        print(f"{line:<22} => {type(e).__name__}: {e}")
print(sorted(env.items()))
