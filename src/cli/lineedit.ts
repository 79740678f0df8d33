// The interactive prompt's line editor for a terminal: raw mode and synchronous reads of fd 0
// (Python runs on the main thread, so no async readline), cursor movement, kill commands and a
// history kept in ~/.python_history (or $PYTHON_HISTORY) like CPython's REPL, errors ignored.
// Keys follow GNU readline's emacs defaults (what CPython's basic REPL and _pyrepl offer).

import { readSync, writeSync, readFileSync, appendFileSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { homedir } from 'node:os';
import { join } from 'node:path';

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

  constructor(private readonly outFd: number, useEnv: boolean) {
    this.tty = new ReadStream(0);
    const env = useEnv ? process.env.PYTHON_HISTORY : undefined;
    let file: string | null = null;
    try {
      file = env ? env : join(homedir(), '.python_history');
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
    const redraw = (): void => {
      const back = [...line.slice(cur)].length;
      this.write(`\r${prompt}${line}\x1b[K${back > 0 ? `\x1b[${back}D` : ''}`);
    };
    const setLine = (s: string): void => {
      line = s;
      cur = s.length;
    };
    this.write(prompt);
    for (;;) {
      const key = this.nextKey();
      if (key === null) {
        this.write('\r\n');
        return line === '' ? null : line;
      }
      const action = KEYS[key] ?? (key.length > 0 && key >= ' ' && key[0] !== '\x1b' ? 'insert' : 'ignore');
      switch (action) {
        case 'insert':
          line = line.slice(0, cur) + key + line.slice(cur);
          cur += key.length;
          if (cur === line.length) {
            // Typing at the end only needs the character echoed.
            this.write(key);
            continue;
          }
          break;
        case 'tab':
          line = `${line.slice(0, cur)}    ${line.slice(cur)}`;
          cur += 4;
          break;
        case 'accept':
          this.write('\r\n');
          this.remember(line);
          return line;
        case 'interrupt':
          this.write('\r\n');
          throw new PromptInterrupted();
        case 'eof-or-delete':
          if (line === '') {
            this.write('\r\n');
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
