# A vending-machine state machine with a transition table and invalid-input handling.
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.sales = []
        self.stock = {"cola": 2, "chips": 1, "candy": 5}

    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            return f"ignored {event} in state {self.state}"
        return method(arg)

    def on_idle_coin(self, value):
        if value not in (5, 10, 25, 100):
            return f"rejected coin {value}"
        self.credit += value
        self.state = "paying"
        return f"credit {self.credit}"

    on_paying_coin = on_idle_coin

    def on_paying_select(self, item):
        if item not in self.PRICES:
            return f"unknown item {item!r}"
        if self.stock[item] == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"{item} costs {price}, credit {self.credit}"
        self.stock[item] -= 1
        change = self.credit - price
        self.credit = 0
        self.state = "idle"
        self.sales.append(item)
        return f"vend {item}, change {change}"

    def on_paying_refund(self, _):
        amount = self.credit
        self.credit = 0
        self.state = "idle"
        return f"refund {amount}"

vm = VendingMachine()
script = [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 25),
          ("select", "cola"), ("coin", 100), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("select", "water"), ("select", "chips"), ("coin", 100), ("select", "chips"), ("refund", None), ("refund", None)]
for event, arg in script:
    print(f"{event:<7}{str(arg):<6} -> {vm.handle(event, arg)}   [{vm.state}, credit {vm.credit}]")
print(vm.sales, vm.stock)
