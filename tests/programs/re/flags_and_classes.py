# re: flags I/M/S/X/A/L, character classes, unicode categories, case-insensitive unicode matching
import re

print(re.findall(r'^\w+', 'one two\nthree four\nfive', re.M))
print(re.findall(r'\w+$', 'one two\nthree four\nfive', re.M))
print(re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.S))
print(re.match(r'''
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
''', '12  abc', re.X).groups())
print(re.findall(r'\w+', 'café naïve Straße 123 ٣٤'), re.findall(r'\w+', 'café naïve', re.A))
print(re.findall(r'\d', '1٣۴x'), re.findall(r'\d', '1٣۴x', re.ASCII))
print(re.findall(r'\s', 'a b\tc\u00a0d\u2003e'), re.findall(r'\s', 'a\u00a0b', re.A))
print(re.findall(r'[^\W\d_]+', 'ab_12cd'))
print(re.match(r'STRASSE', 'strasse', re.I), re.match(r'straße', 'STRAßE', re.I))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'[σ]', 'Σσς', re.I), re.findall(r'[α-ω]+', 'ΑΒΓ δεζ', re.I))
print(re.findall(r'(?i)k', 'Kk\u212a'), re.findall(r'(?ia)k', 'Kk\u212a'))
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD \u0130'), re.findall(r'(?i)ı', 'Iıİi'))
print(re.findall(rb'(?i)[a-z]+', b'Hello WORLD \xc0'), re.findall(rb'\w+', b'caf\xe9 x_1'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) barfoo'), re.findall(r'\Bo\B', 'foo boot'))
print(re.findall(r'[\d.]+|[^\W\d]+', 'pi=3.14 e=2.71'), re.findall(r'[]a-]', 'a]-b'))
print(re.findall(r'[\u0400-\u04ff]+', 'hello привет мир'), re.findall(r'[^a-z\s]', 'ab C d1'))
print(re.findall(r'\AA|Z\Z', 'AxZ'), re.search(r'x$', 'x\n'), re.search(r'x\Z', 'x\n'))
print(re.compile(r'x', re.I | re.M | re.S | re.X), re.compile(rb'x', re.L), re.compile(r'x', re.A | re.U if False else re.A))
print(re.compile(r'(?x) a b #c').pattern, re.compile('(?i)a').flags, re.compile(b'a').flags)
print(re.findall('[a-c]{2,3}?', 'abcabc'), re.findall('a{,2}', 'aaaaa'), re.findall('x{2}', 'xxxxx'))
print(re.findall(r'[^\x00-\x7f]', 'aé😀b'), re.findall(r'.', '😀x'), len(re.match(r'.+', 'a😀b').group()))
print(re.findall(r'\u00e9|\U0001F600', 'é😀'))
print(re.findall(r'(?m)^$', 'a\n\nb\n'), re.split(r'(?m)^', 'a\nb\nc'))
print(re.findall(r'(?s:.)x(?-i:Y)', '\nxY'), re.findall(r'(?i:A)a', 'aa Aa aA'))
