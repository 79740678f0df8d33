# Circular imports: a partially initialised module is visible to the other; failures name the cycle.
# ftpy-expect: native (the "consider renaming" hint depends on the CLI's sys.path[0], which Pyodide lacks)
import alpha
print(alpha.from_beta(), alpha.beta.from_alpha())
print(alpha.ORDER)
try:
    import gamma
except ImportError as e:
    print('ImportError:', e)
