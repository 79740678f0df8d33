# binascii (hex, base64, uu, crc32, crc_hqx, its errors) and the 'hex'/'base64' bytes codecs through codecs.encode/decode
import binascii, codecs, base64
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-', 2), binascii.unhexlify('01ab'), binascii.a2b_hex(b'FF'))
for bad in ['abc', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(type(e).__name__, e, isinstance(e, ValueError))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGVsbG8=\n'))
for bad, strict in [(b'aGVsbG8', False), (b'a', False), (b'=aGk=', True), (b'aGk=x', True), (b'a!Gk', True), (b'aG=k', True)]:
    try: print(binascii.a2b_base64(bad, strict_mode=strict))
    except binascii.Error as e: print(e)
print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc_hqx(b'hello', 0), binascii.crc32(b'', -1))
u = binascii.b2a_uu(b'Cat'); print(u, binascii.a2b_uu(u), binascii.b2a_uu(b'', backtick=True), binascii.a2b_uu(b' '))
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(base64.b64encode(b'\xff\xfe\x00'), base64.b64decode('//4A'), base64.urlsafe_b64encode(b'\xff\xfe'), base64.b32encode(b'hi'), base64.b16decode('6869'), base64.a85encode(b'hello'))
try: b'x'.decode('hex')
except LookupError as e: print(e)
try: codecs.decode(b'x', 'base64')
except Exception as e: print(repr(e), e.__notes__)
try: codecs.decode(b'zz', 'hex')
except Exception as e: print(repr(e), e.__notes__)
print(type(binascii.Error), binascii.Error.__mro__[1], binascii.Incomplete.__module__)
