"""A text adventure driven by a fixed list of commands: rooms, items, a locked door and a
state machine for the player (exploring, fighting, dead, won)."""
from enum import Enum


class State(Enum):
    EXPLORING = "exploring"
    FIGHTING = "fighting"
    DEAD = "dead"
    WON = "won"


ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of rotting books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "It smells of old soup.", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife"]},
    "cellar": {"desc": "Dark and damp. A troll blocks the door.", "exits": {"up": "kitchen", "east": "vault"},
               "items": []},
    "vault": {"desc": "Gold everywhere!", "exits": {"west": "cellar"}, "items": ["gold"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.EXPLORING
        self.troll_hp = 3
        self.moves = 0
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("do_")}

    def run(self, line):
        self.moves += 1
        verb, _, arg = line.partition(" ")
        if self.state in (State.DEAD, State.WON):
            return "The game is over."
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        if self.state is State.FIGHTING and verb not in ("attack", "flee", "look"):
            self.state = State.DEAD
            return "The troll smashes you while you dither. You die."
        return handler(arg)

    def do_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see: {items}."

    def do_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if target == "vault" and self.troll_hp > 0:
            self.state = State.FIGHTING
            return "The troll roars and attacks!"
        if target == "vault" and "key" not in self.inventory:
            return "The vault door is locked."
        self.room = target
        if target == "vault":
            self.state = State.WON
        return f"You go {direction} to the {target}."

    def do_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def do_attack(self, _):
        if self.state is not State.FIGHTING:
            return "Nothing to attack."
        damage = 2 if "knife" in self.inventory else 1
        self.troll_hp -= damage
        if self.troll_hp <= 0:
            self.state = State.EXPLORING
            return "The troll collapses."
        return f"You hit the troll ({self.troll_hp} hp left)."

    def do_flee(self, _):
        self.state = State.EXPLORING
        self.room = "kitchen"
        return "You run upstairs."

    def do_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


COMMANDS = ["look", "take lamp", "go north", "take key", "take sword", "go south", "dance",
            "go east", "take knife", "go down", "look", "go east", "attack", "flee", "go down",
            "go east", "attack", "attack", "inventory", "go east", "take gold", "look"]
game = Game()
for cmd in COMMANDS:
    before = game.state
    reply = game.run(cmd)
    arrow = f" [{before.value} -> {game.state.value}]" if before is not game.state else ""
    print(f"> {cmd:<12} {reply}{arrow}")
print("final:", game.state.name, "room:", game.room, "moves:", game.moves, "troll:", game.troll_hp)
print("handlers:", sorted(game.handlers))
print([s.value for s in State], State("won") is State.WON)
