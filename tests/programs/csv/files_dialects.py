# csv with real files (newline=''), dialect classes, DictReader restkey/restval, errors with line numbers.
import csv, os

path = 'csv_files_dialects_%d.csv' % os.getpid()
with open(path, 'w', newline='') as f:
    w = csv.writer(f, dialect='excel-tab')
    print(w.writerow(['name', 'note']))
    w.writerows([['ann', 'likes\ttabs'], ['bob', 'says "hi"'], ['cy', 'two\nlines']])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    r = csv.reader(f, delimiter='\t')
    for row in r:
        print(r.line_num, row)
os.remove(path)

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = False
    escapechar = '\\'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = True

csv.register_dialect('semi', Semi)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('semi')
print(d.delimiter, d.quotechar, d.doublequote, d.escapechar, repr(d.lineterminator), d.quoting, d.skipinitialspace, d.strict)
rows = list(csv.reader(["a; 'b;c'; d\\;e", "'it\\'s'; x"], 'semi'))
print(rows)
import io
out = io.StringIO()
csv.writer(out, 'semi').writerow(["it's", 'a;b', 'plain'])
print(repr(out.getvalue()))
csv.unregister_dialect('semi')
try:
    csv.unregister_dialect('semi')
except csv.Error as e:
    print('Error:', e)

class Bad(csv.Dialect):
    delimiter = ''
try:
    Bad()
except Exception as e:
    print(type(e).__name__, e)

text = 'a,b\n1,2,3,4\n5\n'
for row in csv.DictReader(io.StringIO(text), restkey='extra', restval='?'):
    print(row)
out = io.StringIO()
dw = csv.DictWriter(out, ['a', 'b'], extrasaction='ignore', restval='-')
dw.writeheader()
dw.writerows([{'a': 1, 'c': 3}, {'b': 2}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'z': 1})
except ValueError as e:
    print('ValueError', e)

r = csv.reader(['ok', 'x"y"z', '"open', 'more"'], strict=True)
try:
    for row in r:
        print(r.line_num, row)
except csv.Error as e:
    print('line', r.line_num, e)
print(list(csv.reader(['"open', 'more"', 'after'])))
print(list(csv.reader(['a,b\r\n', '\r\n', 'c\r\n'])))
try:
    list(csv.reader(['a\rb']))
except csv.Error as e:
    print(e)
try:
    csv.reader([], quoting=csv.QUOTE_NONE, quotechar=None, delimiter=None)
except TypeError as e:
    print(e)
sn = csv.Sniffer()
sample = 'id,name,score\n1,"Smith, J",3.5\n2,"Doe, A",4.0\n'
dia = sn.sniff(sample)
print(repr(dia.delimiter), repr(dia.quotechar), sn.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dia)))
