__all__ = ['public_function', 'exported_private']
def public_function():
    return 'public'
def _exported_private_impl():
    return 'private but exported'
exported_private = _exported_private_impl
def not_exported():
    return 'reachable through the module'
