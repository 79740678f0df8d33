import zlib, gzip
data = b'hello world ' * 50 + bytes(range(256))
for lv in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lv)
    print(lv, len(c), c[:8].hex(), zlib.decompress(c) == data)
for wb in (9, 15, -15, -9, 31):
    c = zlib.compress(data, 6, wb)
    print(wb, c.hex()[:40], len(c), zlib.decompress(c, wb) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.adler32(b'hello'), zlib.adler32(b'x', 12345678))
print(zlib.compress(b'').hex(), zlib.decompress(zlib.compress(b'')))
for bad in (b'xx', zlib.compress(b'abc')[:-3]):
    try: zlib.decompress(bad)
    except zlib.error as e: print('error', e)
try: zlib.compress(b'a', 12)
except zlib.error as e: print(e)
try: zlib.crc32('a')
except TypeError as e: print(e)
print(zlib.MAX_WBITS, zlib.Z_FINISH, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
g = gzip.compress(data)
print(g[:10].hex(), len(g))
