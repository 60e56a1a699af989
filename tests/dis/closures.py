def counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

squares = [x * x for x in range(5) if x != 2]
