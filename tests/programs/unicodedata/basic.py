import unicodedata as u
print(u.unidata_version)
print(u.name('a'), u.name('\uac00'), u.name('\u4e00'), u.name('\x00', 'none'))
print(u.lookup('LATIN SMALL LETTER A'), ascii(u.lookup('HANGUL SYLLABLE GA')))
print(u.category('A'), u.category('\u0660'))
print(u.decimal('7'), u.digit('\u0663'), u.numeric('5'), u.decimal('a', None))
print(ascii(u.normalize('NFD', '\u00e9')), ascii(u.normalize('NFKC', '\ufb01')), u.is_normalized('NFC', 'abc'))
for f, a in [(u.name, ('\x00',)), (u.lookup, ('NO SUCH',)), (u.decimal, ('x',)), (u.normalize, ('X', 'a')), (u.name, ('ab',))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
for a in [(1,), ('',)]:
    try: u.name(*a)
    except Exception as e: print(type(e).__name__, e)
print(u.numeric('x', 'dflt'), u.digit('9', 0))
