settings = {'mode': 'default'}
counter = 0
