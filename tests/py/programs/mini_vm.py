# a tiny stack machine: assembler from text, dispatch via dict of functions, computing factorials and primes
SOURCE = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
        elif line:
            op, *args = line.split()
            program.append((op, args[0] if args else None))
    return [(op, labels.get(arg, arg)) for op, arg in program]
def run(program):
    stack, memory, pc, steps = [], {}, 0, 0
    def binary(f):
        b, a = stack.pop(), stack.pop()
        stack.append(f(a, b))
    ops = {
        "add": lambda arg: binary(lambda a, b: a + b),
        "sub": lambda arg: binary(lambda a, b: a - b),
        "mul": lambda arg: binary(lambda a, b: a * b),
        "mod": lambda arg: binary(lambda a, b: a % b),
        "push": lambda arg: stack.append(int(arg)),
        "load": lambda arg: stack.append(memory[arg]),
        "store": lambda arg: memory.__setitem__(arg, stack.pop()),
        "print": lambda arg: print("vm:", stack.pop()),
    }
    while True:
        op, arg = program[pc]
        pc += 1
        steps += 1
        if op == "halt":
            return steps
        if op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        else:
            ops[op](arg)
program = assemble(SOURCE)
print(len(program), program[:4])
print("steps", run(program))
