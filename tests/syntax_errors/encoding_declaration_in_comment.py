# Huffman coding: build a tree
print("never runs")
