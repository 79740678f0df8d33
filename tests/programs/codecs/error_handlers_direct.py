# the builtin error handlers called directly with translate/encode/decode errors, other exceptions and non-exceptions
import codecs
t = UnicodeTranslateError('a\u20acb', 1, 2, 'r')
for n in ['strict','ignore','replace','xmlcharrefreplace','backslashreplace','namereplace','surrogateescape','surrogatepass']:
    h = codecs.lookup_error(n)
    for arg in [t, ValueError('x'), 5, UnicodeEncodeError('utf-16-be', '\ud800', 0, 1, 'r'), UnicodeDecodeError('utf-32', b'\x00\xd8\x00\x00', 0, 4, 'r'), UnicodeEncodeError('latin-1', '\udc80\udcff', 0, 2, 'r')]:
        try: print(n, repr(h(arg)))
        except Exception as e: print(n, type(e).__name__, e)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.ignore_errors.__name__, codecs.backslashreplace_errors)
