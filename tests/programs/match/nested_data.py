# match over nested JSON-like data: commands with mapping, sequence, class and guard patterns combined.
events = [
    {'kind': 'user', 'action': 'login', 'user': {'name': 'ann', 'roles': ['admin', 'dev']}},
    {'kind': 'user', 'action': 'login', 'user': {'name': 'bob', 'roles': []}},
    {'kind': 'order', 'items': [{'sku': 'A1', 'qty': 2}, {'sku': 'B2', 'qty': 1}], 'total': 30.5},
    {'kind': 'order', 'items': [], 'total': 0},
    {'kind': 'metric', 'values': [1, 2, 3, 4]},
    {'kind': 'metric', 'values': (7,)},
    ['legacy', 'event', 3],
    {'kind': 'unknown'},
    42,
]
def handle(event):
    match event:
        case {'kind': 'user', 'action': 'login', 'user': {'name': str(name), 'roles': ['admin', *others]}}:
            return f'admin login by {name} (other roles: {others})'
        case {'kind': 'user', 'action': action, 'user': {'name': name}}:
            return f'{action} by {name}'
        case {'kind': 'order', 'items': [{'sku': first_sku}, *rest], 'total': float(total) | int(total)} if total > 0:
            return f'order starting with {first_sku} plus {len(rest)} more, total {total}'
        case {'kind': 'order'}:
            return 'empty order'
        case {'kind': 'metric', 'values': [single]}:
            return f'single metric {single}'
        case {'kind': 'metric', 'values': [first, *_, last]}:
            return f'metrics from {first} to {last}'
        case [str(tag), *payload]:
            return f'legacy {tag} with {payload}'
        case {'kind': kind}:
            return f'unhandled kind {kind!r}'
        case other:
            return f'not an event: {other!r}'
for e in events:
    print(handle(e))
