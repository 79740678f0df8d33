// The tokenizer's f-string/t-string mode (PEP 701, PEP 750): literal parts (FSTRING_MIDDLE),
// the end quote, and the bookkeeping for the debug '=' / t-string expression text (metadata).
// CPython: Parser/lexer/lexer.c tok_get_fstring_mode, set_ftstring_expr, _PyLexer_update_ftstring_expr.

import { T, type Token } from '../token.js';
import { E_DECODE, E_EOFS, E_ERROR } from '../errcode.js';
import type { Tokenizer } from '../tokenizer.js';
import { EOF, MAX_EXPR_NESTING, ModeKind, StringKind, type TokMode } from './state.js';
import { normalMode } from './normal.js';

/**
 * CPython: _PyLexer_update_ftstring_expr. CPython copies the rest of the input at '{' and later
 * records how much of it follows the expression; we record the two offsets instead.
 */
export function updateFtstringExpr(tok: Tokenizer, c: number): void {
  const mode = tok.currentMode();
  switch (c) {
    case 123: // {
      mode.lastExprStart = tok.cur;
      mode.lastExprEnd = -1;
      break;
    case 125: // }
    case 33:  // !
      mode.lastExprEnd = tok.start;
      break;
    case 58:  // :
      if (mode.lastExprEnd === -1) mode.lastExprEnd = tok.start;
      break;
  }
}

/** CPython: set_ftstring_expr: the expression's source text as the token's metadata (debug '=' and
 *  t-strings), with comments removed. */
export function setFtstringExpr(tok: Tokenizer): void {
  const mode = tok.currentMode();
  if (!(mode.inDebug || mode.stringKind === StringKind.TSTRING) || tok.tokenMetadata !== null) return;
  // Deliberate difference: CPython would fail on a missing buffer, which cannot happen here.
  const a = mode.lastExprStart;
  const b = a < 0 || mode.lastExprEnd < 0 ? a : mode.lastExprEnd;
  if (a < 0 || b <= a) {
    tok.tokenMetadata = '';
    return;
  }
  const expr = tok.text(a, b);
  // Look for a '#' outside string literals (quotes only toggle; escapes skip a character).
  let hashDetected = false;
  let inString = false;
  let quoteChar = '';
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      if (!inString) {
        inString = true;
        quoteChar = ch;
      } else if (ch === quoteChar) {
        inString = false;
      }
      continue;
    }
    if (ch === '#' && !inString) {
      hashDetected = true;
      break;
    }
  }
  if (!hashDetected) {
    tok.tokenMetadata = expr;
    return;
  }
  // Drop comments (up to, not including, each newline).
  let result = '';
  inString = false;
  quoteChar = '';
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    if (ch === '"' || ch === "'") {
      if (!inString) {
        inString = true;
        quoteChar = ch;
      } else if (ch === quoteChar) {
        inString = false;
      }
      result += ch;
    } else if (ch === '#' && !inString) {
      while (i < expr.length && expr[i] !== '\n') i++;
      if (i < expr.length) result += '\n';
    } else {
      result += ch;
    }
    i++;
  }
  tok.tokenMetadata = result;
}

const middleType = (m: TokMode): number => (m.stringKind === StringKind.TSTRING ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE);
const endType = (m: TokMode): number => (m.stringKind === StringKind.TSTRING ? T.TSTRING_END : T.FSTRING_END);

/** CPython: tok_get_fstring_mode. */
export function fstringMode(tok: Tokenizer, currentTok: TokMode): Token {
  let endQuoteSize = 0;
  let unicodeEscape = false;

  tok.start = tok.cur;
  tok.firstLineno = tok.lineno;
  tok.startingColOffset = tok.colOffset;

  // Starting at a bracket: nothing to tokenize here, defer to the regular mode.
  const startChar = tok.nextc();
  if (startChar === 123) {
    const peek1 = tok.nextc();
    tok.backup(peek1);
    tok.backup(startChar);
    if (peek1 !== 123) {
      currentTok.curlyBracketExprStartDepth++;
      if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
        return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: expressions nested too deeply`), -1, -1);
      }
      tok.currentMode().kind = ModeKind.REGULAR;
      return normalMode(tok, currentTok);
    }
  } else {
    tok.backup(startChar);
  }

  // At the end of the string?
  let atEnd = true;
  for (let i = 0; i < currentTok.quoteSize; i++) {
    const quote = tok.nextc();
    if (quote !== currentTok.quote) {
      tok.backup(quote);
      atEnd = false;
      break;
    }
  }
  if (atEnd) {
    currentTok.lastExprStart = -1;
    currentTok.lastExprEnd = -1;
    const token = tok.makeToken(endType(currentTok), tok.start, tok.cur);
    tok.modeStackIndex--;
    return token;
  }

  // f_string_middle:
  tok.multiLineStart = tok.lineStart;
  while (endQuoteSize !== currentTok.quoteSize) {
    const c = tok.nextc();
    if (tok.done === E_ERROR || tok.done === E_DECODE) return tok.makeToken(T.ERRORTOKEN, -1, -1);
    const inFormatSpec = currentTok.inFormatSpec && currentTok.curlyBracketExprStartDepth >= 0;

    if (c === EOF || (currentTok.quoteSize === 1 && c === 10)) {
      // In a format spec a newline ends the spec (only reachable for single quotes, where it is an error).
      if (inFormatSpec && c === 10) {
        if (currentTok.quoteSize === 1) {
          const p = tok.stringPrefix();
          return tok.makeToken(tok.syntaxError(
            `${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`), -1, -1);
        }
        tok.backup(c);
        tok.currentMode().kind = ModeKind.REGULAR;
        currentTok.inFormatSpec = false;
        return tok.makeToken(middleType(currentTok), tok.start, tok.cur);
      }
      // Report the error from the opening quote.
      tok.cur = currentTok.start + 1;
      tok.lineStart = currentTok.multiLineStart;
      const start = tok.lineno;
      tok.lineno = tok.currentMode().firstLine;
      const p = tok.stringPrefix();
      if (currentTok.quoteSize === 3) {
        tok.syntaxError(`unterminated triple-quoted ${p}-string literal (detected at line ${start})`);
        if (c !== 10) tok.done = E_EOFS;
        return tok.makeToken(T.ERRORTOKEN, -1, -1);
      }
      return tok.makeToken(tok.syntaxError(`unterminated ${p}-string literal (detected at line ${start})`), -1, -1);
    }

    if (c === currentTok.quote) {
      endQuoteSize += 1;
      continue;
    }
    endQuoteSize = 0;

    if (c === 123) {
      updateFtstringExpr(tok, c);
      const peek = tok.nextc();
      let pEnd: number;
      if (peek !== 123 || inFormatSpec) {
        tok.backup(peek);
        tok.backup(c);
        currentTok.curlyBracketExprStartDepth++;
        if (currentTok.curlyBracketExprStartDepth >= MAX_EXPR_NESTING) {
          return tok.makeToken(tok.syntaxError(`${tok.stringPrefix()}-string: expressions nested too deeply`), -1, -1);
        }
        tok.currentMode().kind = ModeKind.REGULAR;
        currentTok.inFormatSpec = false;
        pEnd = tok.cur;
      } else {
        pEnd = tok.cur - 1; // "{{": the text up to and including one '{'
      }
      return tok.makeToken(middleType(currentTok), tok.start, pEnd);
    } else if (c === 125) {
      if (unicodeEscape) return tok.makeToken(middleType(currentTok), tok.start, tok.cur);
      const peek = tok.nextc();
      // Format specs can't use doubled braces, so "}}" is an escape only outside them.
      let pEnd: number;
      if (peek === 125 && !inFormatSpec && currentTok.curlyBracketDepth === 0) {
        pEnd = tok.cur - 1;
      } else {
        tok.backup(peek);
        tok.backup(c);
        tok.currentMode().kind = ModeKind.REGULAR;
        currentTok.inFormatSpec = false;
        pEnd = tok.cur;
      }
      return tok.makeToken(middleType(currentTok), tok.start, pEnd);
    } else if (c === 92) {
      let peek = tok.nextc();
      if (peek === 13) peek = tok.nextc();
      // A backslash right before a brace: leave the brace for the next iteration.
      if (peek === 123 || peek === 125) {
        if (!currentTok.raw && tok.warnInvalidEscapeSequence(peek)) {
          return tok.makeToken(T.ERRORTOKEN, -1, -1);
        }
        tok.backup(peek);
        continue;
      }
      if (!currentTok.raw && peek === 78) { // \N{...}
        peek = tok.nextc();
        if (peek === 123) unicodeEscape = true;
        else tok.backup(peek);
      }
      // Otherwise the escaped character is simply skipped.
    }
  }

  // Back up over the closing quotes: emit the last FSTRING_MIDDLE now, FSTRING_END next time.
  for (let i = 0; i < currentTok.quoteSize; i++) tok.backup(currentTok.quote);
  return tok.makeToken(middleType(currentTok), tok.start, tok.cur);
}
