# ImportError/ModuleNotFoundError messages: missing module, missing name, missing submodule, errors inside modules.
import traceback
def attempt(stmt):
    try:
        exec(stmt, {})
        print('ok:', stmt)
    except ImportError as e:
        print(f'{type(e).__name__}: {e} | name={e.name!r}')
    except Exception as e:
        print(f'{type(e).__name__} raised by module body: {e}')
attempt('import does_not_exist')
attempt('import pkg.missing_sub')
attempt('from pkg import missing_name')
attempt('from pkg import sub')
attempt('import pkg.sub.deeper')
attempt('from . import anything')
attempt('import broken_module')
attempt('import broken_module')
attempt('from pkg.sub import VALUE, Thing')
attempt('import json.nonexistent')
import sys
print('broken_module' in sys.modules)
