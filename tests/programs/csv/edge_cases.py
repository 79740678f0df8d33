import _csv, csv, io, copy, pickle
print(type(csv.reader([])), type(csv.writer(io.StringIO())), _csv.Reader is type(csv.reader([])))
for f in (lambda: _csv.Reader(), lambda: _csv.Writer(), lambda: csv.reader(), lambda: csv.reader([], 'excel', 3),
          lambda: csv.writer(1), lambda: _csv.Dialect().delimiter.__class__,
          lambda: pickle.dumps(_csv.Dialect()), lambda: csv.field_size_limit('x'), lambda: csv.register_dialect(1),
          lambda: _csv.Dialect(quoting=1.0), lambda: csv.reader([], quotechar=''), lambda: csv.reader([], escapechar=' ', skipinitialspace=True),
          lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = _csv.Dialect(); print(_csv.Dialect(d) is d)
class D(_csv.Dialect): pass
x = D(delimiter=';'); print(type(x).__name__, x.delimiter)
print(list(csv.reader(['a,b'], x)))
o = io.StringIO(); w = csv.writer(o, lineterminator='\n', quoting=csv.QUOTE_NONNUMERIC); w.writerow([1, True, 2.5, 'x', None]); print(repr(o.getvalue()))
o = io.StringIO(); w = csv.writer(o, delimiter=' ', skipinitialspace=True); w.writerow(['', 'a']); print(repr(o.getvalue()))
print(csv.writer(io.StringIO()).dialect.lineterminator == '\r\n', csv.reader([]).line_num)
r = csv.reader(iter(['a', 'b'])); print(next(r), r.line_num, list(r))
print(list(csv.reader(['a\\\nb'], escapechar='\\')), list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
