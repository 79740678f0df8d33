# site's builtins: exit and quit are Quitter objects; exit(code) raises SystemExit with that code.
print(repr(exit), repr(quit))
print(type(help).__name__, type(credits).__name__)
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
quit('bye')
