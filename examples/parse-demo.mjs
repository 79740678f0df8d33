// Quick-start demo of what works today: ftpy's parser gives CPython 3.14's AST and errors.
import { parse, dump } from 'ftpy/parser';

const source = `
type Pair[T] = tuple[T, T]

def swap[T](p: Pair[T]) -> Pair[T]:
    match p:
        case (a, b):
            return (b, a)

print(f"{swap((1, 2))=}")
`;
console.log(dump(parse(source), { indent: 2 }));

for (const bad of ['print "hello"', 'if x = 1:\n    pass', 'f(x for x in y, 1)']) {
  try {
    parse(bad);
  } catch (e) {
    console.log(`\n${JSON.stringify(bad)}\n  ${e.name}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`);
  }
}
