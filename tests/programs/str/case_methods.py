# case mapping: upper/lower/casefold/title/capitalize/swapcase including non-ASCII special cases
words = ['hello World', 'ß', 'straße', 'ǅungla', 'ǆ', 'ﬁne', 'İstanbul', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ŉ', 'ΐ',
         "they're bill's friends", '2nd place', 'a1b2c3', 'ǈ', 'ı', 'µ', 'ꭰ', '\u0345']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print('   ', repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print(len('ß'.upper()), len('İ'.lower()), 'ΣΑΣ'.lower(), 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'Σ.'.lower())
print('ß'.casefold() == 'SS'.casefold(), 'Straße'.lower() == 'strasse', 'Straße'.casefold() == 'strasse')
print('hELLO'.capitalize(), 'ǆemal'.capitalize(), 'ﬀ'.capitalize(), 'abc DEF'.swapcase())
print('hello_world-foo bar'.title(), "o'neil mc-donald".title(), 'ΆΛΦΑ βήτα'.title())
print(b'Hello World'.swapcase(), b'\xe4bc'.upper(), bytearray(b'aBc').lower(), b'hi there'.title(), b'xYZ'.capitalize())
