from delta import D
G = 'gamma'
