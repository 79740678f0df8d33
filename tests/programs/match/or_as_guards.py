# Or-patterns (alternatives must bind the same names), as-patterns, guards evaluated after binding.
log = []
def guard(name, result):
    log.append(name)
    return result
def classify(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'moving {direction}'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case ['drop', *items] as whole if guard('drop guard', len(items) > 0):
            return f'dropping {items} from {whole}'
        case [('quit' | 'exit')]:
            return 'bye'
        case [verb, *_] if guard('verb guard', verb.startswith('x')):
            return 'x-command'
        case _:
            return 'unknown'
for c in ['go north', 'go up', 'pick up lamp', 'take key', 'drop', 'drop a b', 'quit', 'exit', 'xyzzy', 'hello']:
    log.clear()
    print(f'{c!r:16} -> {classify(c):36} guards run: {log}')
x = 'unchanged'
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print('x after a case that failed to match:', x)
match (1, (2, 3)):
    case (1 | 2) as first, (2, _) as pair:
        print(first, pair)
for src in ['match v:\n    case [a] | [b]:\n        pass\n', 'match v:\n    case a | 1:\n        pass\n',
            'match v:\n    case 1 as _:\n        pass\n', 'match v:\n    case 1 as a.b:\n        pass\n']:
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
