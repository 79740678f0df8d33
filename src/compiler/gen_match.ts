// Code generation for `match` (PEP 634). Each case's pattern becomes a JS boolean expression that
// tests the subject and records captures in frame temporaries; names are bound only when the
// whole pattern matched, then the guard runs. CPython: Python/codegen.c codegen_pattern_*.

import type { stmt, pattern, expr } from '../parser/ast.generated.js';
import { jsString } from './emitter.js';
import type { FnGen } from './codegen.js';
import { genExpr } from './gen_expr.js';
import { genStmts } from './gen_stmt.js';
import { type ConstantValue, Ellipsis, PyComplex, SplitSurrogateStr } from '../parser/constant.js';
import { reprConstant } from '../parser/repr.js';

type Captures = Map<string, string>;

export function genMatch(g: FnGen, s: stmt & { _kind: 'Match' }): void {
  const subj = g.temp();
  g.e.line(`${subj} = ${genExpr(g, s.subject)};`);
  const label = `M${g.loopCounter++}`;
  g.e.open(`${label}: {`);
  s.cases.forEach((c, i) => {
    const caps: Captures = new Map();
    const isIrrefutable = i < s.cases.length - 1 && c.guard === null && irrefutable(c.pattern);
    if (isIrrefutable) {
      const what = c.pattern._kind === 'MatchAs' && c.pattern.name ? `name capture '${c.pattern.name}'` : 'wildcard';
      g.error(`${what} makes remaining patterns unreachable`, c.pattern);
    }
    g.line(c.pattern);
    const test = genPattern(g, c.pattern, subj, caps);
    g.e.open(`if (${test}) {`);
    for (const [name, t] of caps) g.e.line(`${g.store(name, t)};`);
    if (c.guard !== null) {
      g.line(c.guard);
      g.e.open(`if (R.truthy(${genExpr(g, c.guard)})) {`);
    }
    genStmts(g, c.body);
    g.e.line(`break ${label};`);
    if (c.guard !== null) g.e.close();
    g.e.close();
  });
  g.e.close();
}

function irrefutable(p: pattern): boolean {
  if (p._kind === 'MatchAs') return p.pattern === null || irrefutable(p.pattern);
  if (p._kind === 'MatchOr') return p.patterns.some(irrefutable);
  return false;
}

function capture(g: FnGen, caps: Captures, name: string, value: string, node: pattern): string {
  if (caps.has(name)) g.error(`multiple assignments to name '${name}' in pattern`, node);
  const t = g.temp();
  caps.set(name, t);
  return `((${t} = ${value}), true)`;
}

function genPattern(g: FnGen, p: pattern, subj: string, caps: Captures): string {
  switch (p._kind) {
    case 'MatchValue':
      return `R.truthy(R.eq(${subj}, ${genExpr(g, p.value)}))`;
    case 'MatchSingleton':
      return p.value === null ? `(${subj} === null)` : `(${subj} === ${p.value ? 'true' : 'false'})`;
    case 'MatchAs': {
      if (p.pattern === null) return p.name === null ? 'true' : capture(g, caps, p.name, subj, p);
      const inner = genPattern(g, p.pattern, subj, caps);
      return p.name === null ? inner : `(${inner} && ${capture(g, caps, p.name, subj, p)})`;
    }
    case 'MatchOr': {
      // Every alternative must bind the same names; each stores into the same temporaries.
      const alts: string[] = [];
      let names: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        // CPython codegen_pattern_or: an irrefutable alternative before the last one is an error.
        if (i < p.patterns.length - 1 && irrefutable(alt)) {
          const what = alt._kind === 'MatchAs' && alt.name ? `name capture '${alt.name}'` : 'wildcard';
          g.error(`${what} makes remaining patterns unreachable`, alt);
        }
      });
      for (const alt of p.patterns) {
        const altCaps: Captures = new Map();
        const test = genPattern(g, alt, subj, altCaps);
        const altNames = [...altCaps.keys()].sort();
        if (names === null) names = altNames;
        else if (altNames.join() !== names.join()) g.error('alternative patterns bind different names', alt);
        const moves = [...altCaps.entries()].map(([n, t]) => {
          let target = caps.get(n);
          if (target === undefined) {
            target = g.temp();
            caps.set(n, target);
          }
          return `(${target} = ${t})`;
        });
        alts.push(moves.length ? `(${test} && (${moves.join(', ')}, true))` : test);
      }
      return `(${alts.join(' || ')})`;
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((x) => x._kind === 'MatchStar');
      const n = p.patterns.length;
      const items = g.temp();
      const parts = [`(${items} = R.matchSequence(${subj}, ${star < 0 ? n : n - 1}, ${star})) !== null`];
      p.patterns.forEach((sub, i) => {
        const item = `${items}[${i}]`;
        if (sub._kind === 'MatchStar') {
          if (sub.name !== null) parts.push(capture(g, caps, sub.name, `R.listDisplay(${item})`, sub));
        } else {
          parts.push(genPattern(g, sub, item, caps));
        }
      });
      return `(${parts.join(' && ')})`;
    }
    case 'MatchMapping': {
      checkMappingKeys(g, p.keys as expr[], p);
      const values = g.temp();
      const keys = p.keys.map((k) => genExpr(g, k as expr));
      const parts = [`(${values} = R.matchMapping(${subj}, [${keys.join(', ')}])) !== null`];
      p.patterns.forEach((sub, i) => parts.push(genPattern(g, sub, `${values}[${i}]`, caps)));
      if (p.rest !== null) parts.push(capture(g, caps, p.rest, `R.mappingRest(${subj}, [${keys.join(', ')}])`, p));
      return `(${parts.join(' && ')})`;
    }
    case 'MatchClass': {
      const values = g.temp();
      const cls = genExpr(g, p.cls);
      const names = p.kwd_attrs.map((a) => jsString(a));
      const parts = [`(${values} = R.matchClass(${subj}, ${cls}, ${p.patterns.length}, [${names.join(', ')}])) !== null`];
      p.patterns.forEach((sub, i) => parts.push(genPattern(g, sub, `${values}[${i}]`, caps)));
      p.kwd_patterns.forEach((sub, i) => parts.push(genPattern(g, sub, `${values}[${p.patterns.length + i}]`, caps)));
      return `(${parts.join(' && ')})`;
    }
    case 'MatchStar':
      g.error("can't use starred name here", p);
  }
  throw new Error('codegen: pattern');
}

/** A literal key's value as CPython's AST optimizer folds it (-1, 1+2j), or undefined. */
function literalValue(k: expr): ConstantValue | undefined {
  if (k._kind === 'Constant') return k.value as ConstantValue;
  if (k._kind === 'UnaryOp' && k.op === 'USub') {
    const v = literalValue(k.operand);
    if (typeof v === 'number' || typeof v === 'bigint') return -v;
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
    return undefined;
  }
  if (k._kind === 'BinOp' && (k.op === 'Add' || k.op === 'Sub')) {
    const l = literalValue(k.left);
    const r = literalValue(k.right);
    if (!(r instanceof PyComplex) || (typeof l !== 'number' && typeof l !== 'bigint')) return undefined;
    const sign = k.op === 'Add' ? 1 : -1;
    return new PyComplex(Number(l) + sign * r.real, sign * r.imag);
  }
  return undefined;
}

/** A string equal for keys that compare equal in Python (1 == 1.0 == True, 0.0 == -0.0). */
function keyIdentity(v: ConstantValue, i: number): string {
  if (v === null) return 'None';
  if (v === Ellipsis) return '...';
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n${v}`;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return `nan${i}`; // a NaN never equals another
    return Number.isInteger(v) ? `n${BigInt(v)}` : `n${v}`;
  }
  if (v instanceof PyComplex) return v.imag === 0 ? keyIdentity(v.real, i) : `c${v.real},${v.imag}`;
  if (v instanceof Uint8Array) return `b${Array.from(v).join(',')}`;
  if (v instanceof SplitSurrogateStr) return `s${Array.from(v.units, (c) => c.charCodeAt(0)).join(',')}`;
  return `s${v}`;
}

/** codegen.c codegen_pattern_mapping_key: literal keys must be distinct. */
function checkMappingKeys(g: FnGen, keys: expr[], p: pattern): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    const v = literalValue(k);
    if (v === undefined) return;
    const id = keyIdentity(v, i);
    if (seen.has(id)) g.error(`mapping pattern checks duplicate key (${reprConstant(v)})`, p);
    seen.add(id);
  });
}
