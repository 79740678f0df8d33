# annotationlib.get_annotations with VALUE, FORWARDREF and STRING formats; ForwardRef objects; call_annotate_function.
import annotationlib
from annotationlib import Format
def f(x: Undefined, y: int, z: 'quoted') -> list[Undefined]:
    pass
try:
    annotationlib.get_annotations(f, format=Format.VALUE)
except NameError as e:
    print('VALUE fails:', e)
fwd = annotationlib.get_annotations(f, format=Format.FORWARDREF)
print({k: type(v).__name__ for k, v in fwd.items()})
print(type(fwd['x']).__name__, fwd['x'].__forward_arg__, fwd['x'].__owner__ is f, fwd['y'])
print(annotationlib.get_annotations(f, format=Format.STRING))
class Undefined: pass
print(annotationlib.get_annotations(f))
print(fwd['x'].evaluate(globals=globals()))
class K:
    a: int
    b: 'K'
    c: Missing = 3
print(annotationlib.get_annotations(K, format=Format.STRING))
print(annotationlib.get_annotations(K, format=Format.FORWARDREF)['c'])
print(annotationlib.call_annotate_function(K.__annotate__, Format.STRING))
print([f.name for f in Format], int(Format.VALUE), int(Format.STRING))
print(annotationlib.get_annotations(len), annotationlib.get_annotations(print))
import types
print(annotationlib.get_annotations(types.ModuleType('empty')))
