# int.to_bytes / int.from_bytes: byteorder, signed, default arguments, and OverflowError messages
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (1024).to_bytes(4))
print((0).to_bytes(0, 'big'), (255).to_bytes(), (-1).to_bytes(1, signed=True))
print((-129).to_bytes(2, 'big', signed=True), (2 ** 64).to_bytes(9, 'big'))
print((65535).to_bytes(length=3, byteorder='little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff'), int.from_bytes(b'\xff\xff', signed=True))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True))
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 100, -(2 ** 100)):
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, 'little', signed=True)
    print(n, length, b.hex(), int.from_bytes(b, 'little', signed=True) == n)
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, 'big', signed=signed)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    (1).to_bytes(2, 'middle')
except ValueError as e:
    print('ValueError:', e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError:', e)
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
