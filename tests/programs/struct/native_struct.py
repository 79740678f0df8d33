# _struct natives: formats, byte orders, alignment, Struct, errors. ftpy-expect: native
import _struct as S
print([n for n in dir(S) if not n.startswith('__')], S.error, S.error.__module__)
cases = ['S.pack("i")', 'S.pack("i","a")', 'S.pack("i",2**40)', 'S.pack("<i",2**40)', 'S.pack("b",200)', 'S.pack("B",-1)', 'S.pack("<B",300)',
 'S.pack("h",70000)', 'S.pack("H",-1)', 'S.pack("<I",-1)', 'S.pack("l",2**64)', 'S.pack("<l",2**40)', 'S.pack("q",2**64)', 'S.pack("<Q",-1)',
 'S.pack("n",2**64)', 'S.pack("N",-1)', 'S.pack("P",-1)', 'S.pack("f",1e300)', 'S.pack("e",1e10)', 'S.pack("d","x")', 'S.pack("c","a")',
 'S.pack("c",b"ab")', 'S.pack("s",1)', 'S.pack("p",1)', 'S.pack("z")', 'S.pack("<n",1)', 'S.pack("3")', 'S.calcsize("ii ih")', 'S.calcsize("@ci")',
 'S.calcsize("=ci")', 'S.unpack("i",b"abc")', 'S.unpack_from("i",b"abcde",2)', 'S.unpack_from("i",b"abcde",-10)', 'S.unpack_from("i",b"abcde",-2)',
 'S.unpack_from("h",b"abcde",-2)', 'list(S.iter_unpack("i",b"abcde"))', 'S.iter_unpack("",b"")', 'S.pack_into("i",bytearray(5),2,1)',
 'S.pack_into("i",bytearray(5),-10,1)', 'S.pack_into("i",b"xxxxx",0,1)', 'S.pack_into("i",bytearray(5),-2,1)', 'S.Struct("i")', 'S.Struct(b"<i").format',
 'S.Struct(1)', 'S.pack("i",1.5)', 'S.pack("?",[])', 'S.pack("5p",b"abcdefgh")', 'S.pack("3s",b"a")', 'S.pack("i", True)', 'S.pack(">d", -0.0)',
 'S.unpack("<f", S.pack("<f", 0.1))', 'S.pack("0s")', 'S.pack("i",1,2)', 'S.calcsize("2147483647i")', 'S.unpack("i", "abcd")', 'S.pack("xi", 1)',
 'S.Struct("<ih").size', 'S.calcsize("")', 'S.pack("b", 1.0)', 'S.pack("d",10**400)', 'S.error("x")', 'S.pack("<qQ", -1, 2**64-1)',
 'S.unpack("<qQ", bytes([255]*16))', 'S.unpack(">hHiI", bytes(range(1, 13)))', 'S.unpack("?e5s2p", bytes([2, 0, 60]) + b"hello" + bytes([5]) + b"a")',
 '[S.pack("<e", x) for x in (1.0, -2.5, 65504.0, 1e-7, 6e-8, 0.1)]', '[S.unpack("<e", S.pack("<e", x))[0] for x in (0.1, 1/3, 6.1e-5, 5.96e-8)]',
 'S.pack("!hd", 1, 2.5)', 'S.pack("@bq", 1, 2)', 'S.pack("=bq", 1, 2)', 'S.unpack_from("i", bytearray(b"abcdefgh"), offset=4)',
 'list(S.iter_unpack("<h", b"\\x01\\x00\\x02\\x00"))', 'S.Struct("2i").pack(1, 2)', 'S.Struct("<2h").unpack(b"\\x01\\x00\\x02\\x00")',
 'S.pack("4x")', 'S.pack("3c", b"a", b"b", b"c")', 'S.pack("<f", float("inf"))', 'S.unpack("<d", S.pack("<d", float("-inf")))']
for e in cases:
    try:
        print(e, '=>', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
b = bytearray(8); S.pack_into("<hi", b, 1, 7, -1); print(b)
s = S.Struct("<i"); it = s.iter_unpack(bytes(8)); print(it.__length_hint__(), list(it))
