# operator.itemgetter / attrgetter (with dotted names) / methodcaller for sorting and extraction.
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", 31, "paris"), ("bob", 25, "oslo"), ("cid", 31, "lima"), ("dee", 22, "oslo")]
print("by age:", sorted(rows, key=itemgetter(1)))
print("by age, city:", sorted(rows, key=itemgetter(1, 2)))
print("names:", list(map(itemgetter(0), rows)))
print("multi get:", itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[1]))
print("dict get:", itemgetter("b", "a")({"a": 1, "b": 2}), itemgetter("a")({"a": [1]}))
print("string get:", itemgetter(1, 3, 5)("python"))
try:
    itemgetter(5)(rows[0])
except IndexError as e:
    print("IndexError:", e)
try:
    itemgetter("z")({"a": 1})
except KeyError as e:
    print("KeyError:", e)

class Address:
    def __init__(self, city, zip_code):
        self.city, self.zip = city, zip_code
class Person:
    def __init__(self, name, age, city, zip_code):
        self.name, self.age = name, age
        self.address = Address(city, zip_code)
    def __repr__(self):
        return f"Person({self.name})"
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

people = [Person("Zed", 40, "Rome", "00100"), Person("Amy", 35, "Bern", "3000"), Person("Kai", 35, "Oslo", "0150")]
print("by name:", sorted(people, key=attrgetter("name")))
print("by city (dotted):", sorted(people, key=attrgetter("address.city")))
print("by age then zip:", sorted(people, key=attrgetter("age", "address.zip")))
print("dotted get:", attrgetter("address.city", "name")(people[0]))
try:
    attrgetter("address.country")(people[0])
except AttributeError as e:
    print("AttributeError:", e)

upper = methodcaller("upper")
split_comma = methodcaller("split", ",")
print("methodcaller:", upper("hello"), split_comma("a,b,c"), methodcaller("replace", "a", "o")("banana"))
print("with kwargs:", methodcaller("greet", "Hi", punct="?")(people[1]))
print("on list:", list(map(methodcaller("greet", "Hey"), people)))
print("count:", methodcaller("count", "s")("mississippi"), methodcaller("startswith", "mi")("mississippi"))

inventory = {"apples": 3, "pears": 9, "kiwis": 1, "plums": 9}
print("by value desc:", sorted(inventory.items(), key=itemgetter(1, 0), reverse=True))
print("max item:", max(inventory.items(), key=itemgetter(1)))
print("reprs:", repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
