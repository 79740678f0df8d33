# input() reads lines from stdin (prompt goes to stdout), strips the newline, and raises EOFError at end of input
name = input('Name? ')
print(f'Hello, {name}!')
n = int(input())
total = 0
for _ in range(n):
    total += int(input('num> '))
print('total', total)
line = input()
print(repr(line))
import sys
rest = sys.stdin.readline()
print(repr(rest))
print(repr(input()))
try:
    input('last? ')
except EOFError as e:
    print('EOFError:', repr(str(e)))
