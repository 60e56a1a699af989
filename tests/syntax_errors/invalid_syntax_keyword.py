x = 1
if = 3
