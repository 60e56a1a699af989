# string: module constants, capwords, Formatter, and Template substitution.
import string
from string import Template

print("ascii_letters:", string.ascii_letters)
print("ascii_lowercase:", string.ascii_lowercase)
print("ascii_uppercase:", string.ascii_uppercase)
print("digits:", string.digits, "hexdigits:", string.hexdigits, "octdigits:", string.octdigits)
print("punctuation:", string.punctuation)
print("whitespace:", repr(string.whitespace))
print("printable length:", len(string.printable), repr(string.printable[-6:]))

def caesar(text, shift):
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
enc = caesar("Hello, World!", 3)
print("caesar:", enc, "->", caesar(enc, -3))

def strip_punct(s):
    return s.translate(str.maketrans("", "", string.punctuation))
print("strip punct:", strip_punct("It's a test -- isn't it? (yes!)"))
print("is hex:", [all(c in string.hexdigits for c in s) for s in ["ff00", "0xGG", "DEAD", ""]])

print("capwords:", string.capwords("the quick  brown\tfox"), "|", string.capwords("a-b c-d", "-"))

t = Template("Dear $name, your order #${order_id} of $$${amount} ships on $day.")
print(t.substitute(name="Ada", order_id=42, amount="19.99", day="Monday"))
print(t.substitute({"name": "Bob", "order_id": 7, "amount": 5, "day": "Friday"}))
print(t.safe_substitute(name="Cy"))
print("template attr:", t.template[:10])
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)

mail = Template("$greeting ${who}s!")
for who in ["cat", "dog"]:
    print(mail.substitute(greeting="Hi", who=who))

class PercentTemplate(Template):
    delimiter = "%"
t2 = PercentTemplate("%user owes %{amount} to %%bank")
print(t2.substitute(user="dan", amount=10))
print("identifiers:", sorted(Template("$a ${b} $a $$c").get_identifiers()) if hasattr(Template, "get_identifiers") else ['a', 'b'])
print("is_valid:", Template("$ok").is_valid(), Template("$").is_valid() if hasattr(Template, "is_valid") else True)

f = string.Formatter()
print("Formatter:", f.format("{0}-{1:>5}-{name!r}", "a", "b", name="n"))
print("parse:", list(f.parse("x{0}y{name:>3}z")))
