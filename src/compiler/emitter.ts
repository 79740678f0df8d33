// A small builder for generated JavaScript: indented lines, fresh temporaries, and JS literals
// for Python constants.

export class Emitter {
  private readonly lines: string[] = [];
  private depth = 0;

  line(s: string): void {
    this.lines.push('  '.repeat(this.depth) + s);
  }

  open(s: string): void {
    this.line(s);
    this.depth++;
  }

  close(s = '}'): void {
    this.depth--;
    this.line(s);
  }

  /** `} else {`-style line: one level out, then back in. */
  mid(s: string): void {
    this.depth--;
    this.line(s);
    this.depth++;
  }

  /** Runs `f` one level deeper (for blocks whose braces the caller writes). */
  indented(f: () => void): void {
    this.depth++;
    f();
    this.depth--;
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/** A JS string literal for any JS string, lone surrogates included. */
export function jsString(s: string): string {
  return JSON.stringify(s);
}

/** A JS identifier for a Python name (Python allows Unicode letters; JS mostly does too). */
export function jsName(prefix: string, name: string): string {
  return prefix + name.replace(/[^A-Za-z0-9_]/g, (c) => `$${c.codePointAt(0)!.toString(16)}_`);
}
