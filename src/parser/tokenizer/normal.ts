// The tokenizer's regular mode: indentation, comments and type comments, names, newlines,
// strings (and the start of f/t-strings), continuation lines, operators and brackets.
// CPython: Parser/lexer/lexer.c tok_get_normal_mode (gotos turned into loops and helpers).

import { T, type Token } from '../token.js';
import {
  E_DECODE, E_DEDENT, E_EOF, E_EOFS, E_EOLS, E_ERROR, E_INTERACT_STOP, E_LINECONT, E_TOODEEP,
} from '../errcode.js';
import type { Tokenizer } from '../tokenizer.js';
import { EOF, MAXFSTRINGLEVEL, MAXINDENT, MAXLEVEL, ModeKind, StringKind, TokMode } from './state.js';
import { ID_CHAR, ID_START, isAsciiAlnum, isPrintable, oneChar, threeChars, twoChars } from './chars.js';
import { numberToken, verifyIdentifier } from './numbers.js';
import { setFtstringExpr, updateFtstringExpr } from './fstring.js';

/** Alternate tab size for the tabs/spaces consistency check (lexer.c ALTTABSIZE). */
const ALTTABSIZE = 1;
/** "# type: " where each space means "zero or more spaces or tabs". */
const TYPE_COMMENT_PREFIX = '# type: ';

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** CPython: lexer.c tok_continuation_line. Returns -1 with `done` set on error. */
export function continuationLine(tok: Tokenizer): number {
  let c = tok.nextc();
  if (c === 13) c = tok.nextc();
  if (c !== 10) {
    tok.done = E_LINECONT;
    return -1;
  }
  c = tok.nextc();
  if (c === EOF) {
    tok.done = E_EOF;
    tok.cur = tok.inp;
    return -1;
  }
  tok.backup(c);
  return c;
}

/** CPython: lexer.c maybe_raise_syntax_error_for_string_prefixes. True when an error was raised. */
function badStringPrefixes(tok: Tokenizer, b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): boolean {
  let pair: string | null = null;
  if (u && b) pair = "'u' and 'b'";
  else if (u && r) pair = "'u' and 'r'";
  else if (u && f) pair = "'u' and 'f'";
  else if (u && t) pair = "'u' and 't'";
  else if (b && f) pair = "'b' and 'f'";
  else if (b && t) pair = "'b' and 't'";
  else if (f && t) pair = "'f' and 't'";
  if (pair === null) return false;
  // Offsets are byte offsets, passed through unconverted as CPython does.
  tok.syntaxErrorRange(`${pair} prefixes are incompatible`, tok.start + 1 - tok.lineStart,
    tok.cur - tok.lineStart);
  return true;
}

/** CPython: tok_get_normal_mode. */
export function normalMode(tok: Tokenizer, currentTok: TokMode): Token {
  let c = 0;
  let blankline = false;
  let pStart = -1;
  let pEnd = -1;

  nextline: for (;;) {
    tok.start = -1;
    tok.startingColOffset = -1;
    blankline = false;

    // Get indentation level
    if (tok.atbol) {
      let col = 0;
      let altcol = 0;
      tok.atbol = false;
      let contLineCol = 0;
      for (;;) {
        c = tok.nextc();
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = ((col / tok.tabsize) | 0) * tok.tabsize + tok.tabsize;
          altcol = ((altcol / ALTTABSIZE) | 0) * ALTTABSIZE + ALTTABSIZE;
        } else if (c === 12) { // form feed
          col = altcol = 0;
        } else if (c === 92) { // backslash: the first one found fixes the indentation
          contLineCol = contLineCol !== 0 ? contLineCol : col;
          if ((c = continuationLine(tok)) === -1) return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
        } else if (c === EOF && tok.error !== null) {
          return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
        } else {
          break;
        }
      }
      tok.backup(c);
      if (c === 35 || c === 10 || c === 13) {
        // Lines with only whitespace and/or comments don't affect indentation (no interactive
        // prompt here, so CPython's interactive exceptions never apply).
        blankline = true;
      }
      if (!blankline && tok.level === 0) {
        col = contLineCol !== 0 ? contLineCol : col;
        altcol = contLineCol !== 0 ? contLineCol : altcol;
        const ind = tok.indent;
        if (col === tok.indstack[ind]) {
          if (altcol !== tok.altindstack[ind]) return tok.makeToken(tok.indentError(), pStart, pEnd);
        } else if (col > tok.indstack[ind]!) {
          if (ind + 1 >= MAXINDENT) {
            tok.done = E_TOODEEP;
            tok.cur = tok.inp;
            return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
          }
          if (altcol <= tok.altindstack[ind]!) return tok.makeToken(tok.indentError(), pStart, pEnd);
          tok.pendin++;
          tok.indstack[++tok.indent] = col;
          tok.altindstack[tok.indent] = altcol;
        } else {
          while (tok.indent > 0 && col < tok.indstack[tok.indent]!) {
            tok.pendin--;
            tok.indent--;
          }
          if (col !== tok.indstack[tok.indent]) {
            tok.done = E_DEDENT;
            tok.cur = tok.inp;
            return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
          }
          if (altcol !== tok.altindstack[tok.indent]) {
            return tok.makeToken(tok.indentError(), pStart, pEnd);
          }
        }
      }
    }

    tok.start = tok.cur;
    tok.startingColOffset = tok.colOffset;

    // Return pending indents/dedents
    if (tok.pendin !== 0) {
      if (tok.pendin < 0) {
        if (tok.extraTokens) {
          pStart = tok.cur;
          pEnd = tok.cur;
        }
        tok.pendin++;
        return tok.makeToken(T.DEDENT, pStart, pEnd);
      }
      if (tok.extraTokens) {
        pStart = tok.bufStart;
        pEnd = tok.cur;
      }
      tok.pendin--;
      return tok.makeToken(T.INDENT, pStart, pEnd);
    }

    // Peek ahead at the next character
    c = tok.nextc();
    tok.backup(c);

    again: for (;;) {
      tok.start = -1;
      // Skip spaces
      do {
        c = tok.nextc();
      } while (c === 32 || c === 9 || c === 12);

      // Set start of current token
      tok.start = tok.cur - 1;
      tok.startingColOffset = tok.colOffset - 1;

      // Skip comment, unless it's a type comment
      if (c === 35) {
        // Skip to the end of the line: the same as repeated nextc, without the per-byte calls.
        const buf = tok.buf;
        let cur = tok.cur;
        const inp = tok.inp;
        while (cur < inp && buf[cur] !== 10 && buf[cur] !== 13) cur++;
        tok.colOffset += cur - tok.cur;
        tok.cur = cur;
        while (c !== EOF && c !== 10 && c !== 13) c = tok.nextc();
        let p = -1;
        if (tok.extraTokens) p = tok.start;
        if (tok.typeComments) {
          const tc = typeComment(tok, c, blankline);
          if (tc !== null) return tc;
        }
        if (tok.extraTokens) {
          tok.backup(c); // don't eat the newline or EOF
          pStart = p;
          pEnd = tok.cur;
          tok.commentNewline = blankline;
          return tok.makeToken(T.COMMENT, pStart, pEnd);
        }
      }

      if (tok.done === E_INTERACT_STOP) return tok.makeToken(T.ENDMARKER, pStart, pEnd);

      // Check for EOF and errors now
      if (c === EOF) {
        if (tok.level) return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
        return tok.makeToken(tok.done === E_EOF ? T.ENDMARKER : T.ERRORTOKEN, pStart, pEnd);
      }

      // Identifier (most frequent token!)
      if (ID_START[c] === 1) {
        // Process the legal combinations of b"", r"", u"", f"" and t"".
        let sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
        for (;;) {
          if (!sawB && (c === 98 || c === 66)) sawB = true;
          else if (!sawU && (c === 117 || c === 85)) sawU = true;
          else if (!sawR && (c === 114 || c === 82)) sawR = true;
          else if (!sawF && (c === 102 || c === 70)) sawF = true;
          else if (!sawT && (c === 116 || c === 84)) sawT = true;
          else break;
          c = tok.nextc();
          if (c === 34 || c === 39) {
            if (badStringPrefixes(tok, sawB, sawR, sawU, sawF, sawT)) {
              return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
            }
            if (sawF || sawT) return fstringStart(tok, c);
            return stringLiteral(tok, c);
          }
        }
        let nonascii = false;
        // Fast path over the rest of the current line (same effect as repeated nextc).
        const buf = tok.buf;
        while (ID_CHAR[c] === 1) {
          if (c >= 128) nonascii = true;
          let cur = tok.cur;
          const inp = tok.inp;
          while (cur < inp && ID_CHAR[buf[cur]!] === 1) {
            if (buf[cur]! >= 128) nonascii = true;
            cur++;
          }
          tok.colOffset += cur - tok.cur;
          tok.cur = cur;
          c = tok.nextc();
        }
        tok.backup(c);
        if (nonascii && !verifyIdentifier(tok)) return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
        return tok.makeToken(T.NAME, tok.start, tok.cur);
      }

      if (c === 13) c = tok.nextc();

      // Newline
      if (c === 10) {
        tok.atbol = true;
        if (blankline || tok.level > 0) {
          if (tok.extraTokens) {
            if (tok.commentNewline) tok.commentNewline = false;
            return tok.makeToken(T.NL, tok.start, tok.cur);
          }
          continue nextline;
        }
        if (tok.commentNewline && tok.extraTokens) {
          tok.commentNewline = false;
          return tok.makeToken(T.NL, tok.start, tok.cur);
        }
        tok.contLine = false;
        return tok.makeToken(T.NEWLINE, tok.start, tok.cur - 1); // leave '\n' out of the string
      }

      // Period or number starting with period?
      if (c === 46) {
        c = tok.nextc();
        if (c >= 48 && c <= 57) return numberToken(tok, c, true);
        if (c === 46) {
          c = tok.nextc();
          if (c === 46) return tok.makeToken(T.ELLIPSIS, tok.start, tok.cur);
          tok.backup(c);
          tok.backup(46);
        } else {
          tok.backup(c);
        }
        return tok.makeToken(T.DOT, tok.start, tok.cur);
      }

      // Number
      if (c >= 48 && c <= 57) return numberToken(tok, c, false);

      // String
      if (c === 39 || c === 34) return stringLiteral(tok, c);

      // Line continuation
      if (c === 92) {
        if ((c = continuationLine(tok)) === -1) return tok.makeToken(T.ERRORTOKEN, pStart, pEnd);
        tok.contLine = true;
        continue again;
      }
      break;
    }
    break;
  }

  // Punctuation inside an f-string replacement field
  const insideFstring = tok.modeStackIndex > 0;
  if ((c === 58 || c === 125 || c === 33 || c === 123) && insideFstring &&
      currentTok.curlyBracketExprStartDepth >= 0) {
    // Runs before '{' increments curly_bracket_depth, hence the adjustment.
    const cursor = currentTok.curlyBracketDepth - (c !== 123 ? 1 : 0);
    const inFormatSpec = currentTok.inFormatSpec;
    const cursorInFormatWithDebug = cursor === 1 && (currentTok.inDebug || inFormatSpec);
    const cursorValid = cursor === 0 || cursorInFormatWithDebug;
    if (cursorValid) updateFtstringExpr(tok, c);
    if (cursorValid && c !== 123) setFtstringExpr(tok);
    if (c === 58 && cursor === currentTok.curlyBracketExprStartDepth) {
      currentTok.kind = ModeKind.FSTRING;
      currentTok.inFormatSpec = true;
      return tok.makeToken(oneChar(c), tok.start, tok.cur);
    }
  }

  // Two- and three-character operators
  {
    const c2 = tok.nextc();
    let currentToken = twoChars(c, c2);
    if (currentToken !== T.OP) {
      const c3 = tok.nextc();
      const currentToken3 = threeChars(c, c2, c3);
      if (currentToken3 !== T.OP) currentToken = currentToken3;
      else tok.backup(c3);
      return tok.makeToken(currentToken, tok.start, tok.cur);
    }
    tok.backup(c2);
  }

  // Keep track of parentheses nesting level
  switch (c) {
    case 40: case 91: case 123: // ( [ {
      if (tok.level >= MAXLEVEL) {
        return tok.makeToken(tok.syntaxError('too many nested parentheses'), pStart, pEnd);
      }
      tok.parenstack[tok.level] = c;
      tok.parenlinenostack[tok.level] = tok.lineno;
      tok.parencolstack[tok.level] = tok.start - tok.lineStart;
      tok.level++;
      if (insideFstring) currentTok.curlyBracketDepth++;
      break;
    case 41: case 93: case 125: { // ) ] }
      if (insideFstring && currentTok.curlyBracketDepth === 0 && c === 125) {
        return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: single '}' is not allowed`),
          pStart, pEnd);
      }
      const ch = String.fromCharCode(c);
      if (!tok.extraTokens && !tok.level) {
        return tok.makeToken(tok.syntaxError(`unmatched '${ch}'`), pStart, pEnd);
      }
      if (tok.level > 0) {
        tok.level--;
        const opening = tok.parenstack[tok.level]!;
        if (!tok.extraTokens && !((opening === 40 && c === 41) || (opening === 91 && c === 93) ||
            (opening === 123 && c === 125))) {
          // An f-string replacement field closed by the wrong bracket: report it as unmatched.
          if (insideFstring && opening === 123) {
            const previousBracket = currentTok.curlyBracketDepth - 1;
            if (previousBracket === currentTok.curlyBracketExprStartDepth) {
              return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: unmatched '${ch}'`),
                pStart, pEnd);
            }
          }
          const open = String.fromCharCode(opening);
          const openLine = tok.parenlinenostack[tok.level]!;
          const msg = openLine !== tok.lineno
            ? `closing parenthesis '${ch}' does not match opening parenthesis '${open}' on line ${openLine}`
            : `closing parenthesis '${ch}' does not match opening parenthesis '${open}'`;
          return tok.makeToken(tok.syntaxError(msg), pStart, pEnd);
        }
      }
      if (insideFstring) {
        currentTok.curlyBracketDepth--;
        if (currentTok.curlyBracketDepth < 0) {
          return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: unmatched '${ch}'`),
            pStart, pEnd);
        }
        if (c === 125 && currentTok.curlyBracketDepth === currentTok.curlyBracketExprStartDepth) {
          currentTok.curlyBracketExprStartDepth--;
          currentTok.kind = ModeKind.FSTRING;
          currentTok.inFormatSpec = false;
          currentTok.inDebug = false;
        }
      }
      break;
    }
    default:
      break;
  }

  if (!isPrintable(c)) {
    const hex = c.toString(16).toUpperCase().padStart(4, '0');
    return tok.makeToken(tok.syntaxError(`invalid non-printable character U+${hex}`), pStart, pEnd);
  }

  if (c === 61 && currentTok.curlyBracketDepth - currentTok.curlyBracketExprStartDepth === 1) {
    currentTok.inDebug = true;
  }

  // Punctuation character
  return tok.makeToken(oneChar(c), tok.start, tok.cur);
}

/** The type-comment branch of comment handling; null when the comment is not a type comment. */
function typeComment(tok: Tokenizer, c: number, blankline: boolean): Token | null {
  const buf = tok.buf;
  let p = tok.start;
  let col = tok.startingColOffset;
  let k = 0;
  while (k < TYPE_COMMENT_PREFIX.length && p < tok.cur) {
    const want = TYPE_COMMENT_PREFIX.charCodeAt(k);
    if (want === 32) {
      while (buf[p] === 32 || buf[p] === 9) {
        p++;
        col++;
      }
    } else if (want === buf[p]) {
      p++;
      col++;
    } else {
      break;
    }
    k++;
  }
  if (k < TYPE_COMMENT_PREFIX.length) return null;
  const ignoreEnd = p + 6; // skip the word 'ignore'
  const ignoreEndCol = col + 6;
  tok.backup(c); // don't eat the newline or EOF
  const typeStart = p;
  // A TYPE_IGNORE is "type: ignore" followed by the end of the token or anything ASCII and
  // non-alphanumeric.
  const isTypeIgnore = tok.cur >= ignoreEnd && buf[p] === 105 && buf[p + 1] === 103 &&
    buf[p + 2] === 110 && buf[p + 3] === 111 && buf[p + 4] === 114 && buf[p + 5] === 101 &&
    !(tok.cur > ignoreEnd && (buf[ignoreEnd]! >= 128 || isAsciiAlnum(buf[ignoreEnd]!)));
  if (isTypeIgnore) {
    const pStart = ignoreEnd;
    const pEnd = tok.cur;
    // If this type ignore is the only thing on the line, consume the newline also.
    if (blankline) {
      tok.nextc();
      tok.atbol = true;
    }
    return tok.makeTypeCommentToken(T.TYPE_IGNORE, ignoreEndCol, tok.colOffset, pStart, pEnd);
  }
  return tok.makeTypeCommentToken(T.TYPE_COMMENT, col, tok.colOffset, typeStart, tok.cur);
}

/** The f_string_quote branch: an f- or t-string prefix followed by quote `c`. */
function fstringStart(tok: Tokenizer, c: number): Token {
  const buf = tok.buf;
  const quote = c;
  let quoteSize = 1;
  tok.firstLineno = tok.lineno;
  tok.multiLineStart = tok.lineStart;

  // Find the quote size and start of string
  const afterQuote = tok.nextc();
  if (afterQuote === quote) {
    const afterAfterQuote = tok.nextc();
    if (afterAfterQuote === quote) {
      quoteSize = 3;
    } else {
      tok.backup(afterAfterQuote);
      tok.backup(afterQuote);
    }
  }
  if (afterQuote !== quote) tok.backup(afterQuote);

  const pStart = tok.start;
  const pEnd = tok.cur;
  if (tok.modeStackIndex + 1 >= MAXFSTRINGLEVEL) {
    return tok.makeToken(tok.syntaxError('too many nested f-strings or t-strings'), pStart, pEnd);
  }
  const idx = ++tok.modeStackIndex;
  let mode = tok.modeStack[idx];
  if (mode === undefined) tok.modeStack[idx] = mode = new TokMode();
  mode.kind = ModeKind.FSTRING;
  mode.quote = quote;
  mode.quoteSize = quoteSize;
  mode.start = tok.start;
  mode.multiLineStart = tok.lineStart;
  mode.firstLine = tok.lineno;
  mode.lastExprStart = -1;
  mode.lastExprEnd = -1;
  mode.inFormatSpec = false;
  mode.inDebug = false;

  const first = lower(buf[tok.start]!);
  const second = lower(buf[tok.start + 1]!);
  let kind = StringKind.FSTRING;
  if (first === 116) { // t
    mode.raw = second === 114;
    kind = StringKind.TSTRING;
  } else if (first === 102) { // f
    mode.raw = second === 114;
  } else { // r
    mode.raw = true;
    if (second === 116) kind = StringKind.TSTRING;
  }
  mode.stringKind = kind;
  mode.curlyBracketDepth = 0;
  mode.curlyBracketExprStartDepth = -1;
  return tok.makeToken(kind === StringKind.TSTRING ? T.TSTRING_START : T.FSTRING_START, pStart, pEnd);
}

/** The letter_quote branch: a (possibly prefixed) string literal starting at quote `c`. */
function stringLiteral(tok: Tokenizer, c: number): Token {
  const quote = c;
  let quoteSize = 1;
  let endQuoteSize = 0;
  let hasEscapedQuote = false;

  tok.firstLineno = tok.lineno;
  tok.multiLineStart = tok.lineStart;

  // Find the quote size and start of string
  c = tok.nextc();
  if (c === quote) {
    c = tok.nextc();
    if (c === quote) quoteSize = 3;
    else endQuoteSize = 1; // empty string found
  }
  if (c !== quote) tok.backup(c);

  // Get rest of string
  const buf = tok.buf;
  while (endQuoteSize !== quoteSize) {
    // Fast path: skip ordinary bytes on the current line (same effect as repeated nextc).
    if (endQuoteSize === 0) {
      let cur = tok.cur;
      const inp = tok.inp;
      while (cur < inp) {
        const b = buf[cur]!;
        if (b === quote || b === 92 || b === 10 || b === 13) break;
        cur++;
      }
      tok.colOffset += cur - tok.cur;
      tok.cur = cur;
    }
    c = tok.nextc();
    if (tok.done === E_ERROR) return tok.makeToken(T.ERRORTOKEN, -1, -1);
    if (tok.done === E_DECODE) break;
    if (c === EOF || (quoteSize === 1 && c === 10)) {
      // Report the error from the opening quote.
      tok.cur = tok.start + 1;
      tok.lineStart = tok.multiLineStart;
      const start = tok.lineno;
      tok.lineno = tok.firstLineno;

      if (tok.modeStackIndex > 0) {
        // Inside an f-string, a string closed by the f-string's own quotes means a missing '}'.
        const mode = tok.currentMode();
        if (mode.quote === quote && mode.quoteSize === quoteSize) {
          return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: expecting '}'`), -1, -1);
        }
      }
      if (quoteSize === 3) {
        tok.syntaxError(`unterminated triple-quoted string literal (detected at line ${start})`);
        if (c !== 10) tok.done = E_EOFS;
        return tok.makeToken(T.ERRORTOKEN, -1, -1);
      }
      if (hasEscapedQuote) {
        tok.syntaxError(`unterminated string literal (detected at line ${start}); ` +
          'perhaps you escaped the end quote?');
      } else {
        tok.syntaxError(`unterminated string literal (detected at line ${start})`);
      }
      if (c !== 10) tok.done = E_EOLS;
      return tok.makeToken(T.ERRORTOKEN, -1, -1);
    }
    if (c === quote) {
      endQuoteSize += 1;
    } else {
      endQuoteSize = 0;
      if (c === 92) {
        c = tok.nextc(); // skip escaped char
        if (c === quote) hasEscapedQuote = true;
        if (c === 13) c = tok.nextc();
      }
    }
  }
  return tok.makeToken(T.STRING, tok.start, tok.cur);
}
