LOCAL = 'the local random.py, not the stdlib module'
