# csv over _csv: reading quoted fields across lines, dialects and their checks, writing with every
# quoting mode, DictReader/DictWriter, Sniffer, line_num and the errors.
import csv, io

text = 'name,age,notes\r\n"Smith, J",42,"said ""hi""\nthen left"\r\nDoe,,plain\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    out = io.StringIO()
    w = csv.writer(out, quoting=q)
    w.writerow(['a', 1, 2.5, None, 'x,y', 'q"q', ''])
    print(q, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=';', quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerows([['a;b', 'c'], ['d', 'e\nf']])
print(repr(out.getvalue()))
print(list(csv.reader(['a;b\\;c;d'], delimiter=';', escapechar='\\')))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader([' a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['a,,"",b', ''], quoting=csv.QUOTE_NOTNULL)))

rows = [{'id': 1, 'name': 'ann'}, {'id': 2, 'name': 'bob, jr'}]
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name'])
dw.writeheader()
dw.writerows(rows)
print(repr(out.getvalue()))
for rec in csv.DictReader(io.StringIO(out.getvalue())):
    print(rec)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
print(list(csv.reader(['"a"|"b"'], dialect='pipes')))
csv.unregister_dialect('pipes')
d = csv.Sniffer().sniff('a;b;c\n1;2;3\n')
print(d.delimiter, csv.Sniffer().has_header('name,age\nann,3\nbob,4\n'))

for bad in ({'delimiter': ''}, {'delimiter': 'ab'}, {'quotechar': 5}, {'quoting': 9}, {'lineterminator': 1},
            {'delimiter': '\n'}, {'delimiter': ',', 'quotechar': ','}, {'quoting': csv.QUOTE_ALL, 'quotechar': None}):
    try:
        csv.reader([], **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for data, kw in ((['a,"b'], {'strict': True}), (['"a"b'], {'strict': True}), (['a\rb'], {})):
    try:
        print(list(csv.reader(data, **kw)))
    except csv.Error as e:
        print('Error', e)
try:
    next(csv.reader([b'bytes']))
except csv.Error as e:
    print('Error', e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print('Error', e)
print(old, csv.field_size_limit(old))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(5)
except TypeError as e:
    print(e)
print(csv.excel.delimiter, csv.Dialect is not csv.excel, type(csv.reader([])).__name__)
