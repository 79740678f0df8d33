# slice semantics shared by sequences: clamping out-of-range bounds, negative indices, and empty results
seqs = [list(range(6)), tuple(range(6)), 'abcdef', b'abcdef', range(6)]
specs = [(None, None, None), (2, None, None), (-2, None, None), (None, -2, None), (10, None, None), (-10, 3, None),
         (4, 1, None), (4, 1, -1), (None, None, -2), (-1, -10, -2), (1, 5, 3), (5, None, -10)]
for seq in seqs:
    print(type(seq).__name__, [seq[slice(*sp)] for sp in specs])
l = list(range(6))
l[10:20] = ['appended']
l[-100:0] = ['prepended']
print(l)
l[3:1] = ['inserted at 3']
print(l)
