def parse(text, default):
    try:
        value = int(text)
    except ValueError as error:
        print("bad:", error)
        return default
    finally:
        print("done")
    return value
