# An uncaught user-defined exception: the traceback names the class.
class ConfigError(Exception):
    pass

def load(name):
    raise ConfigError(f"missing section [{name}]")

print("loading")
load("server")
