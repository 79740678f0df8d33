print('broken_module starts executing')
raise ValueError('broken on purpose')
