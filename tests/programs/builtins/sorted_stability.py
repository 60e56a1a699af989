# sorted() is stable: multi-pass sorting by secondary then primary key.
records = [("bob", "sales", 52000), ("ann", "eng", 91000), ("cy", "sales", 48000), ("dee", "eng", 91000),
           ("eve", "hr", 61000), ("fay", "eng", 78000), ("gus", "hr", 61000)]
by_name = sorted(records)
by_salary = sorted(by_name, key=lambda r: r[2], reverse=True)
by_dept = sorted(by_salary, key=lambda r: r[1])
for r in by_dept:
    print(r)
print(sorted(records, key=lambda r: (r[1], -r[2], r[0])) == by_dept)
letters = sorted("The Quick Brown Fox", key=str.lower)
print("".join(letters))
print(sorted([3, 1, 2], key=lambda x: 0), sorted(["b", "a", "B", "A"], key=str.upper))
