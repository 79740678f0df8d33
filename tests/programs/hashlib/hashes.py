# hashlib without OpenSSL: the _md5, _sha1 and _sha2 fallbacks, hmac over them, incremental updates,
# copy(), the data/string keywords and their errors.
import hashlib, hmac, _md5, _sha1, _sha2
data = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 128, bytes(range(256)) * 9]
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'):
    f = getattr(hashlib, name)
    out = []
    for d in data:
        h = f(d)
        h2 = hashlib.new(name)
        for i in range(0, len(d), 7):
            h2.update(memoryview(d[i:i + 7]))
        assert h2.digest() == h.digest()
        c = h2.copy()
        c.update(b'x')
        assert c.hexdigest() != h2.hexdigest()
        out.append(h.hexdigest()[:10])
    print(name, f().name, f().digest_size, f().block_size, ' '.join(out))
print(hashlib.sha256(string=b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('a', 'b'))
for bad in ('text', 5):
    try:
        hashlib.sha1(bad)
    except TypeError as e:
        print(e)
try:
    _sha2.sha256(b'a', string=b'b')
except TypeError as e:
    print(e)
print(type(_md5.md5()).__name__, type(_sha2.sha512()).__name__, _sha2.SHA256Type.__module__)
try:
    _sha1.SHA1Type()
except TypeError as e:
    print(e)
import _sha3, _blake2
for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    print(name, hashlib.new(name, b'abc').hexdigest()[:16], getattr(hashlib, name)().block_size)
print(hashlib.shake_128(b'abc').hexdigest(20), hashlib.shake_256(b'').digest(8).hex())
print(hashlib.blake2b(b'abc').hexdigest()[:16], hashlib.blake2s(b'abc', digest_size=16, key=b'key', salt=b'salt', person=b'me').hexdigest())
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print(e)
print(sorted(hashlib.algorithms_guaranteed))
