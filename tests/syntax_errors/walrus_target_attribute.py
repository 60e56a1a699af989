class C: pass
if (C.a := 1):
    pass
