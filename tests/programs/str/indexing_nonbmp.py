# str indexing, slicing and len count code points, including non-BMP characters, combining marks and emoji sequences
s = 'a😀b𝄞c'
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], [ord(c) for c in s])
family = '👨\u200d👩\u200d👧'
print(len(family), len('🇫🇷'), len('é'), len('e\u0301'), len('\U0010ffff'), len('👍🏽'))
print([hex(ord(c)) for c in family], family[0] == '👨', family[1] == '\u200d')
t = 'hello, wörld'
print(t[0], t[-1], t[7:], t[:-6], t[2:10:3], t[100:], t[-100:2], t[::-3], t[5:2], t[5:2:-1])
print(t[None:None], t[slice(1, 4)], t[slice(None, None, -1)] == t[::-1])
for i in [12, -13, 10 ** 20]:
    try:
        t[i]
    except IndexError as e:
        print(i, 'IndexError:', e)
for k in ['1', 1.0, None]:
    try:
        t[k]
    except TypeError as e:
        print('TypeError:', e)
try:
    t[::0]
except ValueError as e:
    print('ValueError:', e)
print(''.join(reversed(s)) == s[::-1], list(s), max(s), min(s), sorted('cba😀A'))
print(chr(0x1F600) == '😀', '\U0001F600' == '😀', '\N{GRINNING FACE}' == '😀', '\ud83d\ude00' == '😀', len('\ud83d\ude00'))
print(s.encode('utf-8'), len(s.encode('utf-8')), len(s.encode('utf-16-le')) // 2)
