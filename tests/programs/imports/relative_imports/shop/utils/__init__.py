NAME = 'utils'
