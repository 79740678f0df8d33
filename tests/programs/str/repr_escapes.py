# repr/str/ascii of strings: quote choice, escapes for control and non-printable characters, printable non-ASCII
samples = ["plain", "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x07\x1b\x7f', '\x80\x9f\xa0\xad',
           'café', '日本', '😀', '\u200b\u2028\u2029', '\ufeff', '\ud800', '\U000e0001', '\U0010ffff', '\t\\t', '']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str('a\nb'), repr(['x\ny', "q'"]), repr(('é',)), ascii(['é']), repr({'k': '\x01'}))
print(f'{"x"!r} {"é"!a} {"tab\t"!r}', '%r %a' % ('é', 'é'), '{!r:>8}|{!a}'.format('é', '😀'))
class S(str):
    pass
print(repr(S('sub')), str(S('sub')), type(str(S('sub'))).__name__)
print(repr('\x1b[0m'), ascii('\u0301'), repr('\u0301'), repr('a\u0301'), repr('\U0001f1eb\U0001f1f7'))
