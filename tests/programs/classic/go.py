"""The game of Go on a small board: groups, liberties, captures, the ko rule, area scoring,
and deterministic pseudo-random playouts driven by a linear congruential generator."""

EMPTY, BLACK, WHITE = ".", "X", "O"


class IllegalMove(Exception):
    pass


class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n


def other(color):
    return WHITE if color == BLACK else BLACK


class Board:
    def __init__(self, size):
        self.size = size
        self.grid = [EMPTY] * (size * size)
        self.ko = None
        self.captures = {BLACK: 0, WHITE: 0}
        self.history = []

    def neighbours(self, p):
        s = self.size
        r, c = divmod(p, s)
        if r > 0:
            yield p - s
        if r < s - 1:
            yield p + s
        if c > 0:
            yield p - 1
        if c < s - 1:
            yield p + 1

    def group(self, p):
        color = self.grid[p]
        stones, liberties, stack = {p}, set(), [p]
        while stack:
            q = stack.pop()
            for n in self.neighbours(q):
                v = self.grid[n]
                if v == EMPTY:
                    liberties.add(n)
                elif v == color and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, liberties

    def name(self, p):
        r, c = divmod(p, self.size)
        return "ABCDEFGHJ"[c] + str(self.size - r)

    def play(self, p, color):
        if self.grid[p] != EMPTY:
            raise IllegalMove(f"{self.name(p)} is occupied")
        if p == self.ko:
            raise IllegalMove(f"{self.name(p)} retakes a ko")
        self.grid[p] = color
        captured = []
        for n in self.neighbours(p):
            if self.grid[n] == other(color):
                stones, libs = self.group(n)
                if not libs:
                    captured.extend(stones)
                    for s in stones:
                        self.grid[s] = EMPTY
        stones, libs = self.group(p)
        if not libs:
            self.grid[p] = EMPTY
            raise IllegalMove(f"{self.name(p)} is suicide")
        self.captures[color] += len(captured)
        if len(captured) == 1 and len(stones) == 1 and len(libs) == 1:
            self.ko = captured[0]
        else:
            self.ko = None
        self.history.append((color, self.name(p), len(captured)))
        return len(captured)

    def is_eye(self, p, color):
        return all(self.grid[n] == color for n in self.neighbours(p))

    def candidate_moves(self, color):
        for p in range(self.size * self.size):
            if self.grid[p] == EMPTY and p != self.ko and not self.is_eye(p, color):
                yield p

    def score(self, komi):
        area = {BLACK: 0, WHITE: 0}
        seen = set()
        for p, v in enumerate(self.grid):
            if v != EMPTY:
                area[v] += 1
            elif p not in seen:
                region, border, stack = {p}, set(), [p]
                while stack:
                    q = stack.pop()
                    for n in self.neighbours(q):
                        if self.grid[n] == EMPTY and n not in region:
                            region.add(n)
                            stack.append(n)
                        elif self.grid[n] != EMPTY:
                            border.add(self.grid[n])
                seen |= region
                if len(border) == 1:
                    area[border.pop()] += len(region)
        return area[BLACK], area[WHITE] + komi

    def __str__(self):
        s = self.size
        rows = []
        for r in range(s):
            rows.append(f"{s - r} " + " ".join(self.grid[r * s:(r + 1) * s]))
        rows.append("  " + " ".join("ABCDEFGHJ"[:s]))
        return "\n".join(rows)


def playout(size, seed, max_moves=200):
    rng = LCG(seed)
    board = Board(size)
    color, passes, moves, illegal = BLACK, 0, 0, 0
    while passes < 2 and moves < max_moves:
        candidates = list(board.candidate_moves(color))
        played = False
        while candidates:
            p = candidates.pop(rng.below(len(candidates)))
            try:
                board.play(p, color)
                played = True
                break
            except IllegalMove:
                illegal += 1
        passes = 0 if played else passes + 1
        if not played:
            board.ko = None
        moves += 1
        color = other(color)
    return board, moves, illegal


for size, seed in ((7, 1), (7, 2), (7, 12345), (9, 42)):
    board, moves, illegal = playout(size, seed)
    black, white = board.score(komi=2.5 if size == 7 else 5.5)
    winner = "black" if black > white else "white"
    print(f"size {size} seed {seed}: moves={moves} illegal={illegal} captures={board.captures}")
    print(board)
    print(f"score black={black} white={white} -> {winner}")
    print("first moves:", board.history[:6])
    print()

# A scripted ko fight on a 5x5 board.
b = Board(5)


def at(name):
    return [p for p in range(25) if b.name(p) == name][0]


script = [("B3", BLACK), ("C3", WHITE), ("C4", BLACK), ("D4", WHITE), ("C2", BLACK), ("D2", WHITE),
          ("A2", BLACK), ("E3", WHITE), ("D3", BLACK), ("C3", WHITE), ("A5", WHITE), ("B1", BLACK),
          ("C3", WHITE), ("D3", BLACK), ("A1", WHITE), ("D5", BLACK), ("E1", WHITE), ("E4", BLACK),
          ("E5", WHITE), ("C3", WHITE), ("B2", BLACK)]
for name, color in script:
    try:
        got = b.play(at(name), color)
        ko = None if b.ko is None else b.name(b.ko)
        print(f"{color} {name}: captured {got}, ko={ko}")
    except IllegalMove as exc:
        print(f"{color} {name}: illegal ({exc})")
print(b)
print("captures:", b.captures, "score:", b.score(0.5))
print("history:", len(b.history), b.history[-3:])
