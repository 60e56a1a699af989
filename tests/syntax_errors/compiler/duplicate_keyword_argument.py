print(sep="-", sep="+")
