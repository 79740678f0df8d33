# bytes methods mirroring str (split/join/strip/replace/find/count/partition/case/is*) on byte values
b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !H'), b.split(), b.split(b','), b.rsplit(b'l', 1))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b.lower(), b.upper(), b.swapcase(), b.title())
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.count(ord('l')), b.find(ord('!')), b.startswith(b'  H'))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'a,b,,c'.split(b',', 1), b'x\ny\r\nz'.splitlines(keepends=True))
print(b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print(b'key=val'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(b'hello'.translate(None, b'l'), b'hello'.capitalize(), b'hi'.endswith((b'x', b'i')), b'\xc3\xa9'.decode('utf-8'))
for call in [lambda: b'abc'.index(b'z'), lambda: b'a'.join(['s']), lambda: b'abc'.find('a'), lambda: b'abc'.replace('a', 'b'),
             lambda: b'abc'.split(''), lambda: b'abc'.count(256), lambda: b'x'.center(3, 'y')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
