"""A simple stack-based virtual machine with an assembler: labels, jumps, calls with a return
stack, local variables, a trace of executed instructions and runtime errors with addresses."""


class VMError(Exception):
    def __init__(self, pc, message):
        super().__init__(f"pc={pc}: {message}")
        self.pc = pc


def assemble(source):
    code, labels = [], {}
    for line in source.replace(",", "\n").splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append([op.upper()] + [int(a) if a.lstrip("-").isdigit() else a for a in args])
    for ins in code:
        if ins[0] in ("JMP", "JZ", "JNZ", "CALL") and isinstance(ins[1], str):
            ins[1] = labels[ins[1]]
    return [tuple(ins) for ins in code]


class VM:
    BINARY = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
              "EQ": lambda a, b: int(a == b)}

    def __init__(self, code, max_steps=100000):
        self.code, self.max_steps = code, max_steps
        self.stack, self.frames, self.output = [], [], []
        self.steps = 0
        self.counts = {}

    def pop(self, pc):
        if not self.stack:
            raise VMError(pc, "stack underflow")
        return self.stack.pop()

    def run(self):
        pc, env = 0, {}
        while pc < len(self.code):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError(pc, "step limit exceeded")
            op, *args = self.code[pc]
            self.counts[op] = self.counts.get(op, 0) + 1
            pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in self.BINARY:
                b, a = self.pop(pc - 1), self.pop(pc - 1)
                try:
                    self.stack.append(self.BINARY[op](a, b))
                except ZeroDivisionError:
                    raise VMError(pc - 1, "division by zero") from None
            elif op == "DUP":
                v = self.pop(pc - 1)
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(pc - 1), self.pop(pc - 1)
                self.stack += [b, a]
            elif op == "LOAD":
                self.stack.append(env[args[0]])
            elif op == "STORE":
                env[args[0]] = self.pop(pc - 1)
            elif op == "JMP":
                pc = args[0]
            elif op in ("JZ", "JNZ"):
                if (self.pop(pc - 1) == 0) == (op == "JZ"):
                    pc = args[0]
            elif op == "CALL":
                self.frames.append((pc, env))
                pc, env = args[0], {}
            elif op == "RET":
                if not self.frames:
                    raise VMError(pc - 1, "return outside call")
                pc, env = self.frames.pop()
            elif op == "PRINT":
                self.output.append(self.pop(pc - 1))
            elif op == "HALT":
                break
            else:
                raise VMError(pc - 1, f"unknown opcode {op}")
        return self.output


FACT = """
    push 10, call fact, print, push 20, call fact, print, halt
fact:                                   ; n -> n!
    store n, push 1, store acc
loop:
    load n, jz done
    load acc, load n, mul, store acc
    load n, push 1, sub, store n, jmp loop
done:
    load acc, ret
"""
COLLATZ = """
    push 27, store x, push 0, store steps
top:
    load x, push 1, eq, jnz end
    load x, push 2, mod, jz even
    load x, push 3, mul, push 1, add, store x, jmp count
even:
    load x, push 2, div, store x
count:
    load steps, push 1, add, store steps, jmp top
end:
    load steps, print
"""
for name, src in [("fact", FACT), ("collatz", COLLATZ), ("divzero", "push 1\npush 0\ndiv\nprint"),
                  ("underflow", "push 1\nadd"), ("bad", "push 2\nfrob"), ("ret", "ret"),
                  ("forever", "top:\njmp top")]:
    vm = VM(assemble(src), max_steps=5000)
    try:
        print(f"{name}: output {vm.run()} in {vm.steps} steps")
    except VMError as exc:
        print(f"{name}: error {exc} (pc {exc.pc}) after {vm.steps} steps")
    print("   ", sorted(vm.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(assemble(FACT)[:8])
