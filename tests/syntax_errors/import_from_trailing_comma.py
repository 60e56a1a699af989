from sys import argv,
