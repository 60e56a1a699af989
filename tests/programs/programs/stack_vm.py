# A stack-based virtual machine: an assembler for a tiny instruction set and a dispatch loop.
SOURCE = """
        push 0
        store acc
        push 1
        store i
loop:   load i
        push 30
        gt
        jumpif done
        load acc
        load i
        load i
        mul
        add
        store acc
        load i
        push 1
        add
        store i
        jump loop
done:   load acc
        print
        push 10
        call fact
        print
        halt
fact:   dup
        push 2
        lt
        jumpif base
        dup
        push 1
        sub
        call fact
        mul
        ret
base:   pop
        push 1
        ret
"""

def assemble(text):
    labels = {}
    program = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label] = len(program)
            line = line.strip()
        if line:
            parts = line.split()
            program.append((parts[0], parts[1] if len(parts) > 1 else None))
    resolved = []
    for op, arg in program:
        if op in ("jump", "jumpif", "call"):
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        resolved.append((op, arg))
    return resolved

def run(program, trace_limit=0):
    stack = []
    calls = []
    memory = {}
    pc = 0
    steps = 0
    while True:
        op, arg = program[pc]
        steps += 1
        if steps <= trace_limit:
            print(f"  {pc:3d} {op:<7}{'' if arg is None else arg!s:<6} {stack}")
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "load":
            stack.append(memory[arg])
        elif op == "store":
            memory[arg] = stack.pop()
        elif op in ("add", "sub", "mul", "lt", "gt"):
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "lt":
                stack.append(int(a < b))
            else:
                stack.append(int(a > b))
        elif op == "jump":
            pc = arg
        elif op == "jumpif":
            if stack.pop():
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            print(stack.pop())
        elif op == "halt":
            return steps, memory
        else:
            raise ValueError(f"bad opcode {op!r} at {pc - 1}")

program = assemble(SOURCE)
print(len(program), "instructions")
steps, memory = run(program, trace_limit=12)
print("steps:", steps, "memory:", sorted(memory.items()))
try:
    run([("push", 1), ("frobnicate", None)])
except ValueError as e:
    print("ValueError:", e)
