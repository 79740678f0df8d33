# A tiny state machine driven by commands on stdin: classes, match on split commands, dict lookups, EOF handling.
class Room:
    def __init__(self, name, description, exits, items=()):
        self.name, self.description, self.exits, self.items = name, description, exits, list(items)
rooms = {
    'hall': Room('hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'}, ['lamp']),
    'library': Room('library', 'Shelves of old books.', {'south': 'hall'}, ['book', 'key']),
    'kitchen': Room('kitchen', 'It smells of bread.', {'west': 'hall'}),
}
state = {'room': 'hall', 'inventory': [], 'moves': 0}
def handle(words):
    room = rooms[state['room']]
    match words:
        case ['look']:
            items = ', '.join(room.items) or 'nothing'
            return f'{room.description} You see: {items}. Exits: {", ".join(sorted(room.exits))}.'
        case ['go', direction] if direction in room.exits:
            state['room'] = room.exits[direction]
            state['moves'] += 1
            return f'You walk {direction} to the {state["room"]}.'
        case ['go', direction]:
            return f'You cannot go {direction}.'
        case ['take', item] if item in room.items:
            room.items.remove(item)
            state['inventory'].append(item)
            return f'Taken: {item}.'
        case ['take', item]:
            return f'There is no {item} here.'
        case ['inventory' | 'inv']:
            return 'You carry: ' + (', '.join(sorted(state['inventory'])) or 'nothing')
        case []:
            return 'Say something.'
        case [verb, *_]:
            return f'I do not know how to {verb!r}.'
while True:
    try:
        line = input('> ')
    except EOFError:
        print('\n[end of input]')
        break
    print(line)
    reply = handle(line.lower().split())
    print(reply)
print(f'moves: {state["moves"]}, room: {state["room"]}, inventory: {sorted(state["inventory"])}')
