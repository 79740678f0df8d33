// ast.dump() for ftpy's AST: the exact text CPython's Lib/ast.py `dump` returns, including its
// rules for omitting None and empty-list fields (show_empty=False) and for indentation.

import { NODES, SIMPLE_TYPES, type AST } from './ast.generated.js';
import type { ConstantValue } from './constant.js';
import { reprConstant, reprStr } from './repr.js';
import { PyParserException } from './errors.js';

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** A number of spaces or a string per level; omitted for the one-line form. */
  indent?: number | string | null;
  showEmpty?: boolean;
}

/** The same string as CPython's `ast.dump(node, annotate_fields, include_attributes, indent=, show_empty=)`. */
export function dump(node: AST, options: DumpOptions = {}): string {
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  const indent = typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent ?? null;

  // Returns [text, simple] like ast.py's _format.
  function format(value: unknown, type: string, level: number): [string, boolean] {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return [`[${prefix}${value.map((x) => format(x, type, level)[0]).join(sep)}]`, false];
    }
    if (value !== null && typeof value === 'object' && '_kind' in value) {
      const n = value as AST & Record<string, unknown>;
      const info = NODES[n._kind]!;
      const args: string[] = [];
      let argsBuffer: string[] = [];
      let allSimple = true;
      let keywords = annotateFields;
      for (const f of info.fields) {
        const v = n[f.name];
        if (v === null && f.opt && !f.seq) {
          keywords = true;
          continue;
        }
        if (!showEmpty && f.seq && Array.isArray(v) && v.length === 0) {
          if (!keywords) argsBuffer.push('[]');
          continue;
        }
        if (!keywords) {
          args.push(...argsBuffer);
          argsBuffer = [];
        }
        const [text, simple] = format(v, f.type, level);
        allSimple &&= simple;
        args.push(keywords ? `${f.name}=${text}` : text);
      }
      if (includeAttributes) {
        for (const a of info.attributes) {
          const v = n[a.name];
          if (v === undefined || (v === null && a.opt)) continue;
          const [text, simple] = format(v, a.type, level);
          allSimple &&= simple;
          args.push(`${a.name}=${text}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${n._kind}(${args.join(', ')})`, args.length === 0];
      return [`${n._kind}(${prefix}${args.join(sep)})`, false];
    }
    return [reprLeaf(value, type), true];
  }

  try {
    return format(node, '', 0)[0];
  } catch (e) {
    // CPython's recursive _format hits the recursion limit on very deep trees.
    if (e instanceof RangeError) throw new PyParserException('RecursionError', 'maximum recursion depth exceeded');
    throw e;
  }
}

function reprLeaf(value: unknown, type: string): string {
  if (SIMPLE_TYPES.has(type)) return `${value as string}()`;
  if (value === null) return 'None';
  switch (type) {
    case 'identifier':
    case 'string':
      return reprStr(value as string);
    case 'int':
      return String(value);
    default:
      return reprConstant(value as ConstantValue);
  }
}
