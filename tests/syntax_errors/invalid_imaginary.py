x = 3jk
