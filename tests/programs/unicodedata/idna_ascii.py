import unicodedata, stringprep
print(unicodedata.ucd_3_2_0.unidata_version, type(unicodedata.ucd_3_2_0).__name__)
print("x".encode("idna"), "abc.de".encode("idna"), b"abc.de".decode("idna"))
