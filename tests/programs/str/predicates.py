# str is* predicates on ASCII, non-ASCII letters, digits of several kinds, whitespace and empty strings
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', 'abc1', '123', '١٢٣', '²', '½', 'Ⅻ', '一', ' \t\n', '\u00a0', '\u200b',
           'é', 'É', 'ǅ', 'Hello World', 'Hello world', '_id', 'id1', '1id', 'class', 'ñandú', '\x7f', 'a\nb', '\u00ad', '😀']
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
         'isidentifier', 'isprintable', 'isascii']
print(' '.join(p[2:6] for p in preds))
for s in samples:
    print(' '.join('T' if getattr(s, p)() else '.' for p in preds).ljust(24), ascii(s))
print(b'abc'.isalpha(), b'123'.isdigit(), b'\xe9'.isalpha(), b' '.isspace(), b'Ab'.istitle(), b''.isascii(), b'\x80'.isascii())
