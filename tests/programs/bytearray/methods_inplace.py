# bytearray methods return new bytearrays (not in place), while +=, *=, slice ops and reverse mutate in place
ba = bytearray(b'Hello World')
up = ba.upper()
print(up, ba, type(up).__name__, up is ba)
alias = ba
ba += b'!'
print(alias is ba, alias)
ba *= 2
print(alias is ba, len(alias))
ba2 = ba
ba = ba + b'?'
print(ba2 is ba, len(ba2), len(ba))
r = bytearray(b'abc')
r.reverse()
print(r, r.strip(b'c'), r.split(b'b'), r.replace(b'a', b'AA'), r.translate(None, b'b'), r.zfill(5), r.title())
r2 = bytearray(b' pad ')
print(r2.strip(), r2, r2.find(b'a'), r2.count(b' '), bytearray(b',').join([b'1', bytearray(b'2')]))
print(bytearray(b'x').isalpha(), bytearray(b'1').isdigit(), bytearray(b'abc').partition(b'b'), bytearray(b'a-b').split(b'-'))
print(bytearray(b'aaa').removeprefix(b'a'), bytearray(b'AbC').swapcase(), bytearray(b'abc').startswith(b'a'))
