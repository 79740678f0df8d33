# re: greedy, lazy, possessive quantifiers, atomic groups, backtracking, backrefs, lookarounds, conditionals
import re

s = '<a><b></b></a>'
print(re.findall(r'<.*>', s), re.findall(r'<.*?>', s), re.findall(r'<[^>]++>', s))
print(re.match(r'a*+a', 'aaa'), re.match(r'a*a', 'aaa'), re.match(r'(?>a*)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'(?:ab)*+c', 'ababc'), re.match(r'(?:ab){1,2}+abc', 'ababc'), re.match(r'(ab)?+', 'x'))
print(re.match(r'(a+)(a+)', 'aaaa').groups(), re.match(r'(a+?)(a+)', 'aaaa').groups(), re.match(r'(a*?)$', 'aa').groups())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(\w+)\s+\1', 'hello hello world'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"abc" x'))
print(re.findall(r'(\w)\1', 'aabbcdde'), re.sub(r'(?i)\b(\w+) \1\b', r'\1', 'The the cat cat sat'))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'), re.findall(r'(?<=\$)\d+', '$10 20 $30'))
print(re.findall(r'(?<![\d.])\d+(?![\d.])', '1 2.5 30'), re.search(r'(?<=(a))b', 'ab').groups())
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc>'), re.match(r'(<)?\w+(?(1)>|$)', 'abc'), re.match(r'(<)?\w+(?(1)>|$)', '<abc'))
print(re.match(r'(?:(a)|b)(?(1)c|d)', 'bd').groups())
print(re.findall(r'a{2,}?', 'aaaaa'), re.findall(r'(ab|a)*?b', 'aabab'), re.match(r'(a*)*', 'aaa').groups())
print(re.match(r'(a*)+b', 'aab').groups(), re.match(r'(?:a|())+', 'aa').groups(), re.match(r'(a?)*?x', 'aax').groups())
print(re.match(r'(?:x*)*y', 'xxy'), re.match(r'(x{0,3}){2}', 'xxxx').groups(), re.match(r'(x|y){3,}?z', 'xyxyz').groups())
print(re.match(r'((a)|(b))*', 'ab').groups(), re.match(r'(?:(a)|(b))*?c', 'abc').groups())
deep = '(' * 100 + 'a' + ')' * 100
print(re.match(deep, 'a').span(), len(re.match(deep, 'a').groups()))
print(re.match(r'(?:a|b)*c', 'ab' * 3000 + 'c').end(), re.match(r'(ab)*c', 'ab' * 3000 + 'c').group(1))
print(re.match(r'(?:(a)|b)*', 'ab' * 3000).end(), re.match(r'.*?x', 'y' * 10000 + 'x').end())
print(re.search(r'(\d+)-(\d+)', 'tel 555-1234 x').groups(), re.search(r'\d{3}(?=-)', '12-345-6').group())
print(re.findall(r'\b(\w)(\w)?\2\1\b', 'abba otto xyz aa'))
