# __future__ annotations together with dataclasses and typing: string annotations still drive fields.
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import Optional

@dataclass
class Employee:
    name: str
    salary: float
    manager: Optional[Employee] = None
    reports: list[Employee] = field(default_factory=list)

    def hire(self, other: Employee) -> Employee:
        other.manager = self
        self.reports.append(other)
        return other

    def chain(self) -> list[str]:
        out, cur = [], self
        while cur is not None:
            out.append(cur.name)
            cur = cur.manager
        return out

ceo = Employee("Ava", 300.0)
cto = ceo.hire(Employee("Ben", 200.0))
dev = cto.hire(Employee("Cal", 120.0))
ops = ceo.hire(Employee("Dia", 110.0))
print("chain:", dev.chain(), ops.chain())
print("reports:", [e.name for e in ceo.reports], [e.name for e in cto.reports])
print("field types are strings:", [(f.name, f.type) for f in fields(Employee)])
print("payroll:", sum(e.salary for e in (ceo, cto, dev, ops)))

def org_size(e: Employee) -> int:
    return 1 + sum(org_size(r) for r in e.reports)
print("org size:", org_size(ceo), org_size(cto))
print("func annotations:", org_size.__annotations__)

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)
    def __str__(self) -> str:
        return f"{self.amount / 100:.2f} {self.currency}"

total = Money(1050) + Money(295) + Money(5)
print("money:", total, repr(total))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
print("annotations of __add__:", Money.__add__.__annotations__)

class LinkedList:
    head: Optional[NodeT] = None
    def push(self, value: int) -> LinkedList:
        self.head = NodeT(value, self.head)
        return self
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

@dataclass
class NodeT:
    value: int
    next: Optional[NodeT] = None

ll = LinkedList().push(1).push(2).push(3)
print("linked list:", list(ll), LinkedList.__annotations__)
