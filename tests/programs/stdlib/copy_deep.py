# copy and deepcopy: shared references, cycles, custom __copy__ and __deepcopy__.
import copy
orig = {"list": [1, [2, 3]], "tuple": (1, [4]), "n": 5}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(88)
print(shallow["list"], deep["list"], shallow["tuple"], deep["tuple"])
print(shallow is orig, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, len(c2))
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
r2 = copy.deepcopy(root)
r2.children[0].v = 20
print(root, r2, copy.copy(root).children is root.children)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep copied", len(memo) >= 0]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)))
