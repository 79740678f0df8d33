# A recursive-descent parser and evaluator for arithmetic: tokenizer with regex, precedence, errors with positions.
import re
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()%]))')
class ParseError(Exception):
    pass
def tokenize(src):
    pos, tokens = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError(f'unexpected character {src[pos]!r} at {pos}')
        number, op = m.groups()
        tokens.append(('num', float(number) if '.' in number else int(number)) if number else ('op', op))
        pos = m.end()
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0
    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ('eof', None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == '*' else value / rhs if op == '/' else value % rhs
        return value
    def factor(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ('op', '**'):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, value = self.take()
        if kind == 'num':
            return value
        if (kind, value) == ('op', '('):
            inner = self.expr()
            if self.take() != ('op', ')'):
                raise ParseError('expected )')
            return inner
        raise ParseError(f'unexpected {value!r}')
def calc(src):
    try:
        p = Parser(tokenize(src))
        result = p.expr()
        if p.peek()[0] != 'eof':
            raise ParseError(f'trailing {p.peek()[1]!r}')
        return result
    except (ParseError, ZeroDivisionError) as e:
        return f'{type(e).__name__}: {e}'
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '10 % 4 + 0.5', '7 / 0', '3 + ', '2 $ 3',
            '((4))', '1 2', '2 * (3 + 4) - -1']:
    print(f'{src:18} = {calc(src)}')
