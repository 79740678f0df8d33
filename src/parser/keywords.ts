// Python's reserved keywords and soft keywords, declared once. The parser turns a NAME token
// whose text is a reserved keyword into that keyword's token type (CPython: pegen.c
// _get_keyword_or_name_type); soft keywords stay NAME and are matched by text.

/** Reserved keywords in the order of the Kw enum below (Kw.X === KEYWORD_BASE + index). */
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
] as const;

export const SOFT_KEYWORDS: readonly string[] = ['_', 'case', 'match', 'type'];

export const KEYWORD_BASE = 500;

/** Token types of the reserved keywords (a test checks they agree with KEYWORDS). */
export const enum Kw {
  False = 500, None, True, And, As, Assert, Async, Await, Break, Class, Continue,
  Def, Del, Elif, Else, Except, Finally, For, From, Global, If, Import, In,
  Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While, With, Yield,
}

const keywordTypes = new Map<string, number>(KEYWORDS.map((k, i) => [k, KEYWORD_BASE + i]));

/** The token type for a NAME token's text: a keyword's type, or -1 when it is a plain name. */
export function keywordType(name: string): number {
  // Most names are not keywords: rule them out without hashing the string.
  const n = name.length;
  if (n < 2 || n > 8) return -1;
  const c = name.charCodeAt(0);
  if (c < 0x61 /* a */ ? c !== 0x46 && c !== 0x4e && c !== 0x54 /* F N T */ : c > 0x79 /* y */) return -1;
  return keywordTypes.get(name) ?? -1;
}

export function isKeywordType(type: number): boolean {
  return type >= KEYWORD_BASE && type < KEYWORD_BASE + KEYWORDS.length;
}

export function keywordName(type: number): string {
  return KEYWORDS[type - KEYWORD_BASE]!;
}
