# every encoding named in encodings.aliases (but the absent C ones): lookup and a round trip with backslashreplace/replace
import codecs, encodings.aliases
# Left out: the CJK codecs (C modules _codecs_*), bz2/zlib (C modules), quopri/uu (they need io.BytesIO).
ABSENT = {'big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr',
          'gb18030', 'gb2312', 'gbk', 'hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004',
          'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213',
          'bz2_codec', 'zlib_codec', 'quopri_codec', 'uu_codec'}
names = sorted(set(encodings.aliases.aliases.values()) - ABSENT)
for n in names:
    try:
        ci = codecs.lookup(n)
    except Exception as e:
        print(n, 'lookup', type(e).__name__); continue
    try:
        if getattr(ci, '_is_text_encoding', True):
            b = 'Abc \xe9\u20ac'.encode(n, 'backslashreplace'); print(n, b, b.decode(n, 'replace'))
        else:
            b = codecs.encode(b'Abc', n); print(n, b, codecs.decode(b, n))
    except Exception as e:
        print(n, type(e).__name__, str(e)[:60])
