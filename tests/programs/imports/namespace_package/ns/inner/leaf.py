VALUE = 'leaf in a namespace package'
