# Runs inside Pyodide (CPython 3.14) for tools/oracle/tokens.mjs: tokenizes a batch of sources
# with CPython's own C tokenizer (_tokenize.TokenizerIter, raw token types) and reports the
# tokens, or the SyntaxError raised, per source. Sources get compile()'s newline translation first.
import _tokenize
import base64
import io
import json
import tokenize
import warnings


def _error_record(e):
    rec = {'type': type(e).__name__}
    if isinstance(e, SyntaxError):
        rec.update(msg=e.msg, lineno=e.lineno, offset=e.offset,
                   end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text)
    else:
        rec['msg'] = str(e)
    return rec


def _decode(data):
    # Bytes: decode the way compile() would (BOM, PEP 263 cookie); errors are reported as such.
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    if enc == 'utf-8-sig':
        data = data[3:] if data.startswith(b'\xef\xbb\xbf') else data
        enc = 'utf-8'
    return data.decode(enc)


def _one(case):
    src = case['src']
    res = {}
    try:
        if case.get('bytes'):
            src = _decode(base64.b64decode(src))
    except Exception as e:
        res['decodeError'] = _error_record(e)
        return res
    src = src.replace('\r\n', '\n').replace('\r', '\n')
    toks = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            it = _tokenize.TokenizerIter(io.StringIO(src).readline,
                                         extra_tokens=bool(case.get('extra')))
            for t in it:
                toks.append([t[0], t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
        except Exception as e:
            res['error'] = _error_record(e)
    res['tokens'] = toks
    if caught:
        res['warnings'] = [{'category': w.category.__name__, 'message': str(w.message),
                            'lineno': w.lineno} for w in caught]
    return res


def run_batch(payload):
    return json.dumps([_one(c) for c in json.loads(payload)])
