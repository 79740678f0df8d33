# ast.parse, dump (with positions), unparse, literal_eval, NodeTransformer, compile() of a tree,
# node construction defaults, repr, copy/pickle, and the validator's errors.
import ast
import copy
import pickle
import warnings

src = '''
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
    """doc"""
    x = [i * 2 for i in range(b) if i]
    return f"{a!r:>{b}} {x}" + str(kw)

class C(Base, metaclass=M):
    y: int = 3
    async def g(self):
        async with z as (p, q):
            await p
        match q:
            case [1, *rest] | {"k": rest}:
                pass
            case Point(x=0) if q:
                del q[0]
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse("é = 'ü' + b'\\x00'"), include_attributes=True))
print(ast.unparse(tree))
print(ast.literal_eval("{'a': (1, -2.5, 3j), 'b': [None, True, b'xy'], 'c': {1, 2}}"))
for bad in ("f(1)", "x + y", "[1, 2] * 2"):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("literal_eval:", e)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t = ast.parse("print(1 + 2, 'x', [3])")
t = ast.fix_missing_locations(Double().visit(t))
exec(compile(t, "<ast>", "exec"))
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)), lineno=1, col_offset=0), "<e>", "eval") if False else compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))), "<e>", "eval")))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b[c] = d"))])
print(ast.get_source_segment(src, tree.body[0].body[1].value))

n = ast.Name("x")
print(n, n.ctx, ast.Constant(5).kind, ast.arg("a").annotation, ast.Module().body, ast.ImportFrom(module="m").level)
print(repr(tree.body[0])[:120])
print(ast.Name.__doc__, "|", ast.expr_context.__doc__, "|", ast.Load.__doc__)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.Name._field_types)
print(ast.Dict._field_types, ast.ImportFrom._field_types, ast.Constant._field_types)
print(n.__reduce__())
print(copy.replace(n, id="y"), ast.dump(copy.deepcopy(tree)) == ast.dump(tree))
print(ast.dump(pickle.loads(pickle.dumps(tree))) == ast.dump(tree))
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ast.Name()
    ast.Name("x", foo=1)
    print([str(x.message) for x in w])

for bad in [
    lambda: compile(ast.Expression(ast.Name("x", ast.Store(), lineno=1, col_offset=0)), "<b>", "eval"),
    lambda: compile(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []), "<b>", "exec"),
    lambda: compile(ast.Expression(ast.Constant(1, lineno=1, col_offset=0)), "<b>", "exec"),
    lambda: compile(ast.Module(body=5, type_ignores=[]), "<b>", "exec"),
    lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [], []))], [])), "<b>", "exec"),
    lambda: compile(ast.fix_missing_locations(ast.Module([ast.If(ast.Constant(1), [], [])], [])), "<b>", "exec"),
    lambda: ast.Name("x", ast.Load(), 1),
    lambda: ast.Name("x", id="y"),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ast.parse("(int, str) -> None", mode="func_type").argtypes[1].id)
print(compile("1 + 1", "<s>", "eval", ast.PyCF_ONLY_AST).body.op)
