# nonlocal across several levels of nested functions; each level rebinds the nearest binding.
def level1():
    x = "L1"
    y = 0
    log = []

    def level2():
        nonlocal y
        x = "L2"          # shadows level1's x
        y += 1

        def level3():
            nonlocal x, y  # x is level2's, y is level1's
            x = x + "+L3"
            y += 10

            def level4():
                nonlocal x
                x = x + "+L4"
                return x
            log.append(("level4", level4()))
            return x

        log.append(("level3", level3()))
        return x

    log.append(("level2", level2()))
    log.append(("level1 x", x))
    log.append(("level1 y", y))
    return log

for entry in level1():
    print(entry)

def make_counter_pair():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    def peek():
        return count
    return inc, reset, peek

inc, reset, peek = make_counter_pair(); inc(); inc(5)
print(peek(), reset(), peek(), inc(2))

def accumulate_tree():
    total = 0
    def visit(node, depth=0):
        nonlocal total
        value, children = node
        total += value * depth
        for child in children:
            visit(child, depth + 1)
    tree = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
    visit(tree)
    return total

print(accumulate_tree())

def outer():
    data = []
    def middle():
        def inner(v):
            data.append(v)     # no nonlocal needed for mutation
            return len(data)
        return inner
    f = middle()
    f("a"); f("b")
    def rebind():
        nonlocal data
        data = ["fresh"]
    rebind()
    return data, f("c"), data
print(outer())
