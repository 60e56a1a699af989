# gc.disable / gc.enable around a hot loop, as scripts do for speed, with try/finally restoring state.
import gc

def build_graph(n):
    nodes = [{"id": i, "edges": []} for i in range(n)]
    for i, node in enumerate(nodes):
        node["edges"].append(nodes[(i + 1) % n])
        node["edges"].append(nodes[(i * 7) % n])
    return nodes

print("initially enabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
try:
    graph = build_graph(500)
    degree = sum(len(n["edges"]) for n in graph)
    print("nodes:", len(graph), "edges:", degree)
    print("collect works while disabled:", isinstance(gc.collect(), int))
finally:
    gc.enable()
print("after enable:", gc.isenabled())

class gc_paused:
    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()
        return self
    def __exit__(self, *exc):
        if self.was:
            gc.enable()
        return False

with gc_paused() as p:
    print("inside context:", gc.isenabled(), "was:", p.was)
    squares = {i: i * i for i in range(2000)}
print("after context:", gc.isenabled(), "sum:", sum(squares.values()))

try:
    with gc_paused():
        raise RuntimeError("boom")
except RuntimeError as e:
    print("exception propagated:", e, "enabled restored:", gc.isenabled())

gc.disable()
gc.disable()
print("double disable:", gc.isenabled())
gc.enable()
gc.enable()
print("double enable:", gc.isenabled())

results = []
for round_no in range(3):
    cycle = build_graph(50)
    del cycle
    results.append(isinstance(gc.collect(), int))
print("rounds:", results)

class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def close(self):
        Resource.log.append(f"closed {self.name}")

resources = [Resource(f"r{i}") for i in range(3)]
for r in resources:
    r.close()
resources.clear()
gc.collect()
print("explicit cleanup:", Resource.log)
print("final state:", gc.isenabled())
