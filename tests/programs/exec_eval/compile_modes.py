# compile(): modes exec/eval/single, flags like PyCF_ONLY_AST, dont_inherit, filename in errors, code attributes.
import ast
c1 = compile('x = 1\nprint("exec mode ran", x)', 'exec_mode.py', 'exec')
exec(c1)
print(type(c1).__name__, c1.co_filename, c1.co_name)
c2 = compile('3 + 4', '<eval>', 'eval')
print(eval(c2))
c3 = compile('5 * 5', '<single>', 'single')
exec(c3)
c4 = compile('None', '<single>', 'single')
exec(c4)
tree = compile('y = 2', '<ast>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0]))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(99))), '<from ast>', 'eval')))
try:
    compile('x = ', 'broken.py', 'exec')
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.msg)
try:
    compile('a = 1', '<x>', 'wrong_mode')
except ValueError as e:
    print('ValueError:', e)
try:
    compile('a\0b', '<x>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('x = 1\ny = 2', '<x>', 'single')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
code = compile('def f(a, b=2):\n    c = a + b\n    return c\n', '<def>', 'exec')
ns = {}
exec(code, ns)
fc = ns['f'].__code__
print(fc.co_varnames, fc.co_argcount, fc.co_filename, fc.co_firstlineno)
print(compile('1', '<x>', 'eval').co_consts[:1])
src_bytes = '# -*- coding: latin-1 -*-\ns = "\xe9"\n'.encode('latin-1')
ns = {}
exec(compile(src_bytes, '<latin1>', 'exec'), ns)
print(ns['s'], len(ns['s']))
