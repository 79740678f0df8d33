# string module helpers for formatting: Formatter (parse, vformat, custom get_value/convert_field) and Template
import string
f = string.Formatter()
print(list(f.parse('a{0}b{x!r:>5}c{{d}}{}')))
print(f.format('{0}-{name}', 1, name='n'), f.vformat('{a}{b}', (), {'a': 'A', 'b': 'B'}))
class Dots(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '...'
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Dots().format('{known} {unknown} {known!u} {0!r}', 'pos', known='yes'))
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='Tim', what='kung pao'), t.safe_substitute(who='Ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError:', e)
print(t.get_identifiers(), t.is_valid(), string.Template('$1').is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords('  hello   wide world '), string.capwords('a-b c-d', '-'))
