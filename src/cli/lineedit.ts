// The interactive prompt's line editor for a terminal: raw mode and synchronous reads of fd 0
// (Python runs on the main thread, so no async readline), cursor movement, kill commands and a
// history kept in ~/.python_history (or $PYTHON_HISTORY) like CPython's REPL, errors ignored.
// Keys follow GNU readline's emacs defaults (what CPython's basic REPL and _pyrepl offer).

import { readSync, writeSync, readFileSync, appendFileSync } from 'node:fs';
import type { ReadStream, WriteStream } from 'node:tty';
import { join } from 'node:path';
import { nodeBuiltin } from '../vm/node_builtins.js';

/** node:tty loads node:net and the streams (2-3 ms, and more on a thread worker): only the REPL needs it. */
export function nodeTty(): typeof import('node:tty') {
  return nodeBuiltin('node:tty');
}

/** Ctrl-C at the prompt: the REPL reports KeyboardInterrupt and prompts again. */
export class PromptInterrupted extends Error {}

/** A complete escape sequence at the start of the input, or a prefix of one that needs more bytes. */
const ESC_SEQ = /^\x1b(\[[0-9;]*[~A-Za-z]|O[A-Za-z])/;
const ESC_PREFIX = /^\x1b(\[[0-9;]*|O)?$/;

const KEYS: Record<string, string> = {
  '\x1b[A': 'up', '\x1bOA': 'up', '\x1b[B': 'down', '\x1bOB': 'down',
  '\x1b[C': 'right', '\x1bOC': 'right', '\x1b[D': 'left', '\x1bOD': 'left',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x1b[1~': 'home', '\x1b[7~': 'home',
  '\x1b[F': 'end', '\x1bOF': 'end', '\x1b[4~': 'end', '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x01': 'home', '\x05': 'end', '\x02': 'left', '\x06': 'right', '\x10': 'up', '\x0e': 'down',
  '\x0b': 'kill-end', '\x15': 'kill-start', '\x17': 'kill-word', '\x08': 'backspace', '\x7f': 'backspace',
  '\x04': 'eof-or-delete', '\x03': 'interrupt', '\x0c': 'clear', '\r': 'accept', '\n': 'accept', '\t': 'tab',
};

/** Terminal columns of `s`: East Asian wide characters take two, combining marks none. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b) continue;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
      || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff)
      || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** The index after the character at `i` (a surrogate pair is one character). */
function next(s: string, i: number): number {
  if (i >= s.length) return s.length;
  return (s.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
}

/** The index of the character before `i`. */
function prev(s: string, i: number): number {
  if (i <= 0) return 0;
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
}

export class LineEditor {
  private readonly history: string[] = [];
  private readonly historyFile: string | null;
  /** Typed-ahead characters not consumed yet (a paste may hold several lines). */
  private pending = '';
  private readonly decoder = new TextDecoder('utf-8');
  private readonly tty: ReadStream;
  private readonly out: WriteStream | null;
  /** The screen row of the cursor, counted from the prompt's first row (long lines wrap). */
  private row = 0;

  constructor(private readonly outFd: number, useEnv: boolean) {
    this.tty = new (nodeTty().ReadStream)(0);
    // Only for the window size; libuv opens its own file description, so fd 1 stays blocking.
    let out: WriteStream | null = null;
    try {
      out = new (nodeTty().WriteStream)(outFd);
    } catch {
      out = null;
    }
    this.out = out;
    const env = useEnv ? process.env.PYTHON_HISTORY : undefined;
    let file: string | null = null;
    try {
      file = env ? env : join(nodeBuiltin('node:os').homedir(), '.python_history');
      for (const l of readFileSync(file, 'utf8').split('\n')) {
        // libedit writes a header line; readline writes one entry per line.
        if (l !== '' && l !== '_HiStOrY_V2_') this.history.push(l);
      }
    } catch {
      // No history yet, or unreadable: start empty (CPython ignores these errors too).
    }
    this.historyFile = file;
  }

  /** Reads one line with editing; null at end of input (Ctrl-D on an empty line). */
  readLine(prompt: string): string | null {
    this.tty.setRawMode(true);
    try {
      return this.edit(prompt);
    } finally {
      this.tty.setRawMode(false);
    }
  }

  /** Releases the terminal. */
  close(): void {
    this.tty.destroy();
    this.out?.destroy();
  }

  private columns(): number {
    try {
      const c = this.out?.getWindowSize()[0] ?? 80;
      return c > 0 ? c : 80;
    } catch {
      return 80;
    }
  }

  /**
   * Draws prompt + line from the prompt's first row and puts the cursor at `cur`, handling
   * wrapped rows (a text ending exactly at the margin gets an explicit newline, so the cursor
   * position is known).
   */
  private draw(prompt: string, line: string, cur: number): void {
    const cols = this.columns();
    const plen = width(prompt);
    const total = plen + width(line);
    const pos = plen + width(line.slice(0, cur));
    let s = this.row > 0 ? `\x1b[${this.row}A` : '';
    s += `\r${prompt}${line}\x1b[J`;
    if (total > 0 && total % cols === 0) s += '\r\n';
    const endRow = Math.floor(total / cols);
    const row = Math.floor(pos / cols);
    const col = pos % cols;
    if (endRow > row) s += `\x1b[${endRow - row}A`;
    s += `\r${col > 0 ? `\x1b[${col}C` : ''}`;
    this.row = row;
    this.write(s);
  }

  /** Leaves the edited line: the cursor goes below its last row. */
  private finishLine(prompt: string, line: string): void {
    this.draw(prompt, line, line.length);
    if ((width(prompt) + width(line)) % this.columns() !== 0) this.write('\r\n');
    this.row = 0;
  }

  /** Adds an entered line to the history, and at once to the file (a killed process keeps it). */
  private remember(line: string): void {
    if (line.trim() === '' || this.history[this.history.length - 1] === line) return;
    this.history.push(line);
    if (this.historyFile === null) return;
    try {
      appendFileSync(this.historyFile, `${line}\n`);
    } catch {
      // Read-only home or similar: history is not essential.
    }
  }

  private write(s: string): void {
    try {
      writeSync(this.outFd, s);
    } catch {
      // The terminal went away; the read that follows will see end of input.
    }
  }

  /** The next key: a character or a whole escape sequence; null at end of input. */
  private nextKey(): string | null {
    for (;;) {
      const q = this.pending;
      if (q.length > 0) {
        if (q[0] !== '\x1b') {
          const cp = q.codePointAt(0)!;
          const n = cp > 0xffff ? 2 : 1;
          this.pending = q.slice(n);
          return q.slice(0, n);
        }
        const m = ESC_SEQ.exec(q);
        if (m !== null) {
          this.pending = q.slice(m[0].length);
          return m[0];
        }
        if (!ESC_PREFIX.test(q)) {
          // An escape sequence this editor does not know (Alt+key etc.): drop the ESC.
          this.pending = q.slice(1);
          continue;
        }
      }
      if (!this.fill()) {
        if (this.pending.length > 0) {
          const k = this.pending;
          this.pending = '';
          return k;
        }
        return null;
      }
    }
  }

  private fill(): boolean {
    const buf = Buffer.alloc(4096);
    for (;;) {
      let n: number;
      try {
        n = readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as { code?: string }).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        return false;
      }
      if (n === 0) return false;
      this.pending += this.decoder.decode(buf.subarray(0, n), { stream: true });
      return true;
    }
  }

  private edit(prompt: string): string | null {
    let line = '';
    let cur = 0;
    let hist = this.history.length;
    let draft = '';
    const redraw = (): void => this.draw(prompt, line, cur);
    const setLine = (s: string): void => {
      line = s;
      cur = s.length;
    };
    this.write(prompt);
    this.row = Math.floor(width(prompt) / this.columns());
    for (;;) {
      const key = this.nextKey();
      if (key === null) {
        this.finishLine(prompt, line);
        return line === '' ? null : line;
      }
      const action = KEYS[key] ?? (key.length > 0 && key >= ' ' && key[0] !== '\x1b' ? 'insert' : 'ignore');
      switch (action) {
        case 'insert':
          line = line.slice(0, cur) + key + line.slice(cur);
          cur += key.length;
          const end = width(prompt) + width(line);
          if (cur === line.length && end % this.columns() !== 0) {
            // Typing at the end, away from the margin, only needs the character echoed.
            this.write(key);
            this.row = Math.floor(end / this.columns());
            continue;
          }
          break;
        case 'tab':
          line = `${line.slice(0, cur)}    ${line.slice(cur)}`;
          cur += 4;
          break;
        case 'accept':
          this.finishLine(prompt, line);
          this.remember(line);
          return line;
        case 'interrupt':
          this.finishLine(prompt, line);
          throw new PromptInterrupted();
        case 'eof-or-delete':
          if (line === '') {
            this.finishLine(prompt, line);
            return null;
          }
          line = line.slice(0, cur) + line.slice(next(line, cur));
          break;
        case 'delete':
          line = line.slice(0, cur) + line.slice(next(line, cur));
          break;
        case 'backspace': {
          const p = prev(line, cur);
          line = line.slice(0, p) + line.slice(cur);
          cur = p;
          break;
        }
        case 'left': cur = prev(line, cur); break;
        case 'right': cur = next(line, cur); break;
        case 'home': cur = 0; break;
        case 'end': cur = line.length; break;
        case 'kill-end': line = line.slice(0, cur); break;
        case 'kill-start':
          line = line.slice(cur);
          cur = 0;
          break;
        case 'kill-word': {
          // readline's unix-word-rubout: back over spaces, then over non-spaces.
          let i = cur;
          while (i > 0 && line[i - 1] === ' ') i--;
          while (i > 0 && line[i - 1] !== ' ') i--;
          line = line.slice(0, i) + line.slice(cur);
          cur = i;
          break;
        }
        case 'up':
          if (hist > 0) {
            if (hist === this.history.length) draft = line;
            hist--;
            setLine(this.history[hist]!);
          }
          break;
        case 'down':
          if (hist < this.history.length) {
            hist++;
            setLine(hist === this.history.length ? draft : this.history[hist]!);
          }
          break;
        case 'clear':
          this.write('\x1b[H\x1b[2J');
          break;
        default:
          continue;
      }
      redraw();
    }
  }
}
