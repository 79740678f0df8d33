// Code generation for statements: assignments and targets, control flow, try/except/finally,
// with, function and class definitions, imports, type aliases. Python's control flow maps onto
// JavaScript's (labelled loops, try/catch/finally), with Python's exception semantics added by
// runtime calls (matching, chaining, the handled-exception stack).

import type { stmt, expr, excepthandler, withitem, alias } from '../parser/ast.generated.js';
import { jsString, jsName } from './emitter.js';
import { FnGen, genFunction, codeInfoFor, genDocstring, genAnnotationsSetup, Scope, cleanDoc } from './codegen.js';
import {
  genExpr, genCond, operands, genFunctionObject, closureCellFor, qualnameFor, INPLACE, genAnnotateFunction, mayRunCode,
} from './gen_expr.js';
import { genMatch } from './gen_match.js';
import { CodeFlag } from './codeinfo.js';

export function genStmts(g: FnGen, body: stmt[]): void {
  for (const s of body) genStmt(g, s);
}

/** PEP 765: return/break/continue leaving a finally block is a SyntaxWarning (CPython 3.14). */
function finallyWarning(g: FnGen, s: stmt, what: string): void {
  const n = g.finallyLoops.length;
  if (n === 0 || g.unit.warn === null) return;
  if (what !== 'return' && g.loops.length > g.finallyLoops[n - 1]!) return;
  const message = `'${what}' in a 'finally' block`;
  if (g.unit.warn({ category: 'SyntaxWarning', message, filename: g.unit.filename, lineno: s.lineno })) g.error(message, s);
}

function genStmt(g: FnGen, s: stmt): void {
  const mark = g.tempMark();
  genStmtBody(g, s);
  // Return/raise/break/continue end the block: nothing after them runs.
  if (s._kind !== 'Return' && s._kind !== 'Raise' && s._kind !== 'Break' && s._kind !== 'Continue') g.clearTempsSince(mark);
}

function genStmtBody(g: FnGen, s: stmt): void {
  g.line(s);
  if (s._kind === 'Return') finallyWarning(g, s, 'return');
  else if (s._kind === 'Break') finallyWarning(g, s, 'break');
  else if (s._kind === 'Continue') finallyWarning(g, s, 'continue');
  switch (s._kind) {
    case 'Expr': {
      const v = s.value;
      // Interactive input shows every expression statement outside functions and classes
      // (compile.c compiler_stmt_expr with c_interactive and nest level 1).
      if (g.unit.interactive && g.code.kind === 'module') {
        g.e.line(`R.displayHook(${genExpr(g, v)});`);
        return;
      }
      // A bare constant (docstring, `...`) does nothing.
      if (v._kind === 'Constant') return;
      g.e.line(`${genExpr(g, v)};`);
      return;
    }
    case 'Assign': {
      const value = genExpr(g, s.value);
      if (s.targets.length === 1) {
        genAssignTarget(g, s.targets[0]!, value);
        return;
      }
      const t = g.temp();
      g.e.line(`${t} = ${value};`);
      for (const target of s.targets) genAssignTarget(g, target, t);
      return;
    }
    case 'AugAssign': return genAugAssign(g, s);
    case 'AnnAssign': {
      if (s.value !== null) genAssignTarget(g, s.target, genExpr(g, s.value));
      const cond = g.unit.condAnnotations.get(s);
      if (cond !== undefined && g.block.kind === 'module') g.e.line(`R.setAdd(${g.load('__conditional_annotations__')}, ${cond});`);
      if (cond !== undefined && g.block.kind === 'class') {
        g.e.line(`R.setAdd(R.cellGet(fr.condanncell, "__conditional_annotations__", false), ${cond});`);
      }
      else if (s.target._kind !== 'Name') {
        // `x.y: int` / `x[i]: int` still evaluate the target's parts.
        if (s.target._kind === 'Attribute') g.e.line(`${genExpr(g, s.target.value)};`);
        if (s.target._kind === 'Subscript') g.e.line(`${genExpr(g, s.target.value)}; ${genExpr(g, s.target.slice)};`);
      }
      return;
    }
    case 'Delete':
      for (const t of s.targets) genDelTarget(g, t);
      return;
    case 'Pass': return;
    case 'Return': {
      if (g.block.kind === 'module' || g.block.kind === 'class') g.error("'return' outside function", s);
      if (s.value && g.isAsync && g.isGenerator) g.error("'return' with value in async generator", s);
      if (!s.value) g.noteConst({ k: 'v', v: null });
      g.e.line(`return ${s.value ? genExpr(g, s.value) : 'null'};`);
      return;
    }
    case 'If': {
      g.e.open(`if (${genCond(g, s.test)}) {`);
      genStmts(g, s.body);
      if (s.orelse.length) {
        g.e.close('} else {');
        g.e.indented(() => genStmts(g, s.orelse));
        g.e.line('}');
      } else {
        g.e.close();
      }
      return;
    }
    case 'While': return genWhile(g, s);
    case 'For': case 'AsyncFor': return genFor(g, s);
    case 'Break': {
      if (g.loops.length === 0) g.error("'break' outside loop", s);
      g.e.line(`break ${g.loops[g.loops.length - 1]};`);
      return;
    }
    case 'Continue': {
      if (g.loops.length === 0) g.error("'continue' not properly in loop", s);
      g.e.line(`continue ${g.loops[g.loops.length - 1]};`);
      return;
    }
    case 'Raise': {
      if (s.exc === null) g.e.line('throw R.reraise(fr);');
      else if (s.cause === null) g.e.line(`throw R.raise(${g.after(s, [genExpr(g, s.exc)])[0]});`);
      else {
        const [a, b] = g.after(s, operands(g, [s.exc, s.cause]));
        g.e.line(`throw R.raiseFrom(${a}, ${b});`);
      }
      return;
    }
    case 'Try': return genTry(g, s.body, s.handlers, s.orelse, s.finalbody, false);
    case 'TryStar': return genTry(g, s.body, s.handlers, s.orelse, s.finalbody, true);
    case 'Assert': {
      const msg = g.after(s.test, [s.msg ? genExpr(g, s.msg) : 'undefined'])[0];
      g.e.line(`if (!R.optimize && !${genCond(g, s.test)}) throw R.assertionError(${msg});`);
      return;
    }
    case 'With': case 'AsyncWith': return genWith(g, s.items, s.body, s._kind === 'AsyncWith');
    case 'FunctionDef': case 'AsyncFunctionDef': return genFunctionDef(g, s);
    case 'ClassDef': return genClassDef(g, s);
    case 'Import': {
      for (const a of s.names) {
        g.noteConst({ k: 'v', v: 0n }); // the import level and fromlist (IMPORT_NAME's operands)
        g.noteConst({ k: 'v', v: null });
        g.noteName(a.name);
        if (a.asname !== null) {
          g.e.line(`${g.store(a.asname, `R.importAs(fr, ${jsString(a.name)})`)};`);
        } else {
          const top = a.name.split('.')[0]!;
          g.e.line(`${g.store(top, `R.importName(fr, ${jsString(a.name)}, null, 0)`)};`);
        }
      }
      return;
    }
    case 'ImportFrom': return genImportFrom(g, s.module, s.names, s.level ?? 0);
    case 'Global': case 'Nonlocal': return;
    case 'Match': return genMatch(g, s);
    case 'TypeAlias': return genTypeAlias(g, s);
  }
}

// ---- Assignment ---------------------------------------------------------------------------------

/** Stores the JS value `value` into a target (Name, Attribute, Subscript, Tuple/List, Starred). */
export function genAssignTarget(g: FnGen, target: expr, value: string): void {
  switch (target._kind) {
    case 'Name':
      g.e.line(`${g.store(target.id, value)};`);
      return;
    case 'Attribute': {
      // _PyCompile_MaybeAddStaticAttributeToClass: `self.X = ...` is recorded for the
      // innermost class being compiled (its __static_attributes__).
      if (target.value._kind === 'Name' && target.value.id === 'self') g.unit.classAttrs.at(-1)?.add(target.attr);
      const t = g.temp();
      g.e.line(`${t} = ${value};`);
      g.noteName(g.mangle(target.attr));
      g.e.line(`R.storeAttr(${g.after(target, [genExpr(g, target.value)])[0]}, ${jsString(g.mangle(target.attr))}, ${t}, ${g.unit.ic('R.attrIC()')});`);
      return;
    }
    case 'Subscript': {
      const t = g.temp();
      g.e.line(`${t} = ${value};`);
      const [o, k] = g.after(target, operands(g, [target.value, target.slice]));
      g.e.line(`R.setitem(${o}, ${k}, ${t});`);
      return;
    }
    case 'Tuple':
    case 'List': {
      const starIndex = target.elts.findIndex((x) => x._kind === 'Starred');
      const parts = g.temp();
      value = g.after(target, [value])[0]!;
      if (starIndex < 0) {
        // R.unpackS fills a per-thread scratch array (no allocation): its items are copied out in
        // the same statement, before any code can run. Leading fast-local targets take them
        // directly; from the first other target on, each goes to a temporary and is assigned in
        // order, so a failing nested target leaves the later ones unassigned, as in CPython.
        const copies: string[] = [];
        const rest: Array<[expr, string]> = [];
        target.elts.forEach((x, i) => {
          if (rest.length === 0 && x._kind === 'Name' && g.access(x.id).kind === 'fast') copies.push(g.store(x.id, `$u[${i}]`));
          else {
            const t = g.temp();
            copies.push(`${t} = $u[${i}]`);
            rest.push([x, t]);
          }
        });
        g.e.line(`$u = R.unpackS(${value}, ${target.elts.length}); ${copies.join('; ')};`);
        for (const [x, t] of rest) genAssignTarget(g, x, t);
        return;
      } else {
        g.e.line(`${parts} = R.unpackEx(${value}, ${starIndex}, ${target.elts.length - starIndex - 1});`);
      }
      target.elts.forEach((x, i) => {
        genAssignTarget(g, x._kind === 'Starred' ? x.value : x, `${parts}[${i}]`);
      });
      return;
    }
    case 'Starred':
      g.error('starred assignment target must be in a list or tuple', target);
      break;
    default:
      g.error(`cannot assign to ${target._kind}`, target);
  }
}

function genDelTarget(g: FnGen, target: expr): void {
  switch (target._kind) {
    case 'Name': g.e.line(g.del(target.id)); return;
    case 'Attribute':
      g.noteName(g.mangle(target.attr));
      g.e.line(`R.delattr(${g.after(target, [genExpr(g, target.value)])[0]}, ${jsString(g.mangle(target.attr))});`);
      return;
    case 'Subscript': {
      const [o, k] = g.after(target, operands(g, [target.value, target.slice]));
      g.e.line(`R.delitem(${o}, ${k});`);
      return;
    }
    case 'Tuple': case 'List':
      for (const x of target.elts) genDelTarget(g, x);
      return;
    default:
      g.error('cannot delete', target);
  }
}

function genAugAssign(g: FnGen, s: stmt & { _kind: 'AugAssign' }): void {
  const op = INPLACE[s.op]!;
  const t = s.target;
  switch (t._kind) {
    case 'Name': {
      const v = genExpr(g, s.value);
      const cur = g.load(t.id);
      const tv = mayRunCode(s.value) ? `(${g.temp()} = ${cur})` : cur;
      g.e.line(`${g.store(t.id, `R.${op}(${tv}, ${g.after(s, [v])[0]})`)};`);
      return;
    }
    case 'Attribute': {
      const o = g.temp();
      const ic = g.unit.ic('R.attrIC()');
      g.noteName(g.mangle(t.attr));
      const name = jsString(g.mangle(t.attr));
      g.e.line(`${o} = ${genExpr(g, t.value)};`);
      const cur = g.temp();
      g.e.line(`${cur} = (${g.at(t)}, R.loadAttr(${o}, ${name}, ${ic}));`);
      g.e.line(`R.storeAttr(${o}, ${name}, ${g.after(t, [`R.${op}(${cur}, ${g.after(s, [genExpr(g, s.value)])[0]})`])[0]}, ${g.unit.ic('R.attrIC()')});`);
      return;
    }
    case 'Subscript': {
      const o = g.temp();
      const k = g.temp();
      g.e.line(`${o} = ${genExpr(g, t.value)};`);
      g.e.line(`${k} = ${genExpr(g, t.slice)};`);
      const cur = g.temp();
      g.e.line(`${cur} = (${g.at(t)}, R.getitem(${o}, ${k}));`);
      g.e.line(`R.setitem(${o}, ${k}, ${g.after(t, [`R.${op}(${cur}, ${g.after(s, [genExpr(g, s.value)])[0]})`])[0]});`);
      return;
    }
    default:
      g.error("'expression' is an illegal expression for augmented assignment", t);
  }
}

// ---- Loops -----------------------------------------------------------------------------------

function newLoopLabel(g: FnGen): string {
  return `L${g.loopCounter++}`;
}

function genWhile(g: FnGen, s: stmt & { _kind: 'While' }): void {
  const label = newLoopLabel(g);
  const done = s.orelse.length ? `${label}e` : null;
  if (done) g.e.open(`${done}: {`);
  g.e.open(`${label}: while (${genCond(g, s.test)}) {`);
  // The poll is at the head of the body so that `continue` cannot skip it.
  g.e.line(g.poll());
  g.loops.push(label);
  // `break` must skip the else block: break out of the outer labelled block instead.
  genStmts(g, s.body);
  g.loops.pop();
  g.e.close();
  if (done) {
    genStmts(g, s.orelse);
    g.e.close();
    patchBreaks(g, label, done);
  }
}

function genFor(g: FnGen, s: stmt & { _kind: 'For' | 'AsyncFor' }): void {
  const label = newLoopLabel(g);
  const done = s.orelse.length ? `${label}e` : null;
  const isAsync = s._kind === 'AsyncFor';
  const it = g.temp();
  const item = g.temp();
  // Over an exact range of small ints, count in frame fields instead of making an iterator
  // (nobody else can see the iterator a for loop makes); `left` is -1 for anything else.
  const left = isAsync ? '' : g.temp();
  const cur = isAsync ? '' : g.temp();
  const step = isAsync ? '' : g.temp();
  if (isAsync) {
    g.e.line(`${it} = R.aiter(${g.after(s.iter, [genExpr(g, s.iter)])[0]});`);
  } else {
    g.e.line(`${it} = ${g.after(s.iter, [genExpr(g, s.iter)])[0]};`);
    g.e.line(`${left} = R.rangeLeft(${it});`);
    g.e.line(`if (${left} < 0) ${it} = R.iter(${it}); else { ${cur} = R.rangeStart(${it}); ${step} = R.rangeStep(${it}); }`);
  }
  if (done) g.e.open(`${done}: {`);
  g.e.open(`${label}: for (;;) {`);
  g.e.line(g.poll());
  if (isAsync) {
    g.e.line(`${item} = yield* R.anextOrStop(${it});`);
    g.e.line(`if (${item} === R.STOP) break;`);
  } else {
    g.e.line(`if (${left} >= 0) { if (${left} === 0) break; ${left}--; ${item} = ${cur}; ${cur} += ${step}; }`);
    g.e.line(`else { ${item} = (${g.at(s.iter)}, R.next(${it})); if (${item} === R.STOP) break; }`);
  }
  genAssignTarget(g, s.target, item);
  g.loops.push(label);
  genStmts(g, s.body);
  g.loops.pop();
  g.e.close();
  if (done) {
    genStmts(g, s.orelse);
    g.e.close();
    patchBreaks(g, label, done);
  }
}

/**
 * With an else clause, `break L` inside the loop must also skip the else block: rewrite those
 * breaks to target the enclosing labelled block (a plain `break` for the loop's exhaustion
 * stays, and falls into the else block).
 */
function patchBreaks(g: FnGen, label: string, outer: string): void {
  const lines = (g.e as unknown as { lines: string[] }).lines;
  for (let i = 0; i < lines.length; i++) {
    lines[i] = lines[i]!.replace(`break ${label};`, `break ${outer};`);
  }
}

// ---- try / except / finally --------------------------------------------------------------------

function genTry(g: FnGen, body: stmt[], handlers: excepthandler[], orelse: stmt[], finalbody: stmt[], star: boolean): void {
  const hasFinally = finalbody.length > 0;
  const pend = hasFinally ? g.temp() : '';
  const pendLn = hasFinally ? g.temp() : '';
  if (hasFinally) {
    g.e.line(`${pend} = null;`);
    g.e.open('try {');
    g.e.open('try {');
  }
  if (handlers.length) {
    const ok = orelse.length ? g.temp() : null;
    if (ok) g.e.line(`${ok} = false;`);
    g.e.open('try {');
    genStmts(g, body);
    if (ok) g.e.line(`${ok} = true;`);
    g.e.close('} catch ($e) {');
    g.e.indented(() => (star ? genExceptStar(g, handlers) : genHandlers(g, handlers)));
    g.e.line('}');
    if (ok) {
      g.e.open(`if (${ok}) {`);
      genStmts(g, orelse);
      g.e.close();
    }
  } else {
    genStmts(g, body);
  }
  if (hasFinally) {
    // A finally block runs with the pending exception as the handled one (exc_info, chaining).
    g.e.mid('} catch ($e) {');
    g.e.line(`${pend} = R.pendingExc($e); ${pendLn} = fr.ln; throw ${pend};`);
    g.e.close();
    g.e.close('} finally {');
    g.e.indented(() => {
      g.e.line(`if (${pend} !== null) R.pushHandled(${pend});`);
      g.e.open('try {');
      g.finallyLoops.push(g.loops.length);
      genStmts(g, finalbody);
      g.finallyLoops.pop();
      // The pending exception goes on: its traceback line is where it was raised, not the finally's.
      g.e.line(`if (${pend} !== null) fr.ln = ${pendLn};`);
      g.e.mid('} catch ($h) {');
      g.e.line(`throw ${pend} !== null ? R.chainEscaping($h) : $h;`);
      g.e.mid('} finally {');
      g.e.line(`if (${pend} !== null) { ${pend} = null; R.popHandled(); }`);
      g.e.close();
    });
    g.e.line('}');
  }
}

function genHandlers(g: FnGen, handlers: excepthandler[]): void {
  const exc = g.temp();
  g.e.line(`${exc} = R.caught($e, fr);`);
  handlers.forEach((h, i) => {
    if (h.type === null && i !== handlers.length - 1) g.error("default 'except:' must be last", h);
    const cond = h.type === null ? 'true' : `R.excMatches(${exc}, ${genExpr(g, h.type)})`;
    if (i === 0) g.e.open(`if (${cond}) {`);
    else g.e.mid(`} else if (${cond}) {`);
    g.line(h);
    g.e.line(`R.pushHandled(${exc});`);
    g.e.open('try {');
    if (h.name !== null) g.e.line(`${g.store(h.name, exc)};`);
    genStmts(g, h.body);
    g.e.mid('} catch ($h) {');
    g.e.line('throw R.chainEscaping($h);');
    g.e.mid('} finally {');
    g.e.line('R.popHandled();');
    if (h.name !== null) g.e.line(`${g.store(h.name, 'undefined')};`);
    g.e.close();
  });
  g.e.mid('} else {');
  g.e.line(`throw ${exc};`);
  g.e.close();
}

/** CPython codegen: an except* body may not leave by break/continue/return (loops inside may). */
function checkExceptStarBody(g: FnGen, body: stmt[], inLoop: boolean): void {
  for (const s of body) {
    switch (s._kind) {
      case 'Break': case 'Continue':
        if (inLoop) break;
        g.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
        break;
      case 'Return':
        g.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
        break;
      case 'For': case 'AsyncFor': case 'While':
        checkExceptStarBody(g, s.body, true);
        checkExceptStarBody(g, s.orelse, inLoop);
        break;
      case 'If': checkExceptStarBody(g, s.body, inLoop); checkExceptStarBody(g, s.orelse, inLoop); break;
      case 'With': case 'AsyncWith': checkExceptStarBody(g, s.body, inLoop); break;
      case 'Try': case 'TryStar':
        checkExceptStarBody(g, s.body, inLoop);
        for (const h of s.handlers) checkExceptStarBody(g, h.body, inLoop);
        checkExceptStarBody(g, s.orelse, inLoop);
        checkExceptStarBody(g, s.finalbody, inLoop);
        break;
      case 'Match': for (const c of s.cases) checkExceptStarBody(g, c.body, inLoop); break;
      default:
    }
  }
}

function genExceptStar(g: FnGen, handlers: excepthandler[]): void {
  for (const h of handlers) checkExceptStarBody(g, h.body, false);
  const state = g.temp();
  g.e.line(`${state} = R.exceptStarBegin($e, fr);`);
  for (const h of handlers) {
    const part = g.temp();
    g.e.line(`${part} = R.exceptStarSplit(${state}, ${genExpr(g, h.type!)});`);
    g.e.open(`if (${part} !== null) {`);
    g.e.line(`R.pushHandled(${part});`);
    g.e.open('try {');
    if (h.name !== null) g.e.line(`${g.store(h.name, part)};`);
    genStmts(g, h.body);
    g.e.close('} catch ($x) { R.exceptStarRaised(' + state + ', $x, fr); } finally {');
    g.e.indented(() => {
      g.e.line('R.popHandled();');
      if (h.name !== null) g.e.line(`${g.store(h.name, 'undefined')};`);
    });
    g.e.line('}');
    g.e.close();
  }
  g.e.line(`R.exceptStarEnd(${state});`);
}

// ---- with ------------------------------------------------------------------------------------

function genWith(g: FnGen, items: withitem[], body: stmt[], isAsync: boolean): void {
  if (items.length === 0) {
    genStmts(g, body);
    return;
  }
  const [first, ...rest] = items;
  const mgr = g.temp();
  const exit = g.temp();
  const ok = g.temp();
  g.e.line(`${mgr} = ${g.after(first!.context_expr, [genExpr(g, first!.context_expr)])[0]};`);
  if (isAsync) {
    g.e.line(`${exit} = R.asyncWithExit(${mgr});`);
    const v = `(yield* R.awaitIter(R.asyncWithEnter(${mgr})))`;
    if (first!.optional_vars) genAssignTarget(g, first!.optional_vars, v);
    else g.e.line(`${v};`);
  } else {
    g.e.line(`${exit} = R.withExit(${mgr});`);
    const v = `R.withEnter(${mgr})`;
    if (first!.optional_vars) genAssignTarget(g, first!.optional_vars, v);
    else g.e.line(`${v};`);
  }
  g.e.line(`${ok} = true;`);
  g.e.open('try {');
  genWith(g, rest, body, isAsync);
  g.e.close('} catch ($e) {');
  g.e.indented(() => {
    g.e.line(`${ok} = false;`);
    const exc = g.temp();
    g.e.line(`${exc} = R.caught($e, fr);`);
    g.e.line(`R.pushHandled(${exc});`);
    g.e.open('try {');
    if (isAsync) g.e.line(`if (!R.truthy(yield* R.awaitIter(R.callExit(${exit}, ${exc})))) throw ${exc};`);
    else g.e.line(`if (!R.truthy(R.callExit(${exit}, ${exc}))) throw ${exc};`);
    g.e.close('} finally { R.popHandled(); }');
  });
  g.e.line(`} finally {`);
  g.e.indented(() => {
    if (isAsync) g.e.line(`if (${ok}) yield* R.awaitIter(R.callExit(${exit}, null));`);
    else g.e.line(`if (${ok}) R.callExit(${exit}, null);`);
  });
  g.e.line('}');
}

// ---- Definitions ----------------------------------------------------------------------------

function docstringOf(body: stmt[]): string | null {
  const first = body[0];
  if (first && first._kind === 'Expr' && first.value._kind === 'Constant' && typeof first.value.value === 'string') {
    return cleanDoc(first.value.value);
  }
  return null;
}

function genFunctionDef(g: FnGen, s: stmt & { _kind: 'FunctionDef' | 'AsyncFunctionDef' }): void {
  const decorators = s.decorator_list.map((d) => {
    const t = g.temp();
    g.e.line(`${t} = ${genExpr(g, d)};`);
    return t;
  });
  const make = (gg: FnGen): string => {
    const block = gg.unit.st.blockFor(s);
    // The __annotate__ scope for the parameters' and return annotations (PEP 649).
    let annotate: string | null = null;
    const annBlock = gg.unit.st.blocks.get(s.args);
    if (annBlock !== undefined) {
      const items: Array<{ name: string; annotation: expr }> = [];
      const args = s.args;
      for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) items.push({ name: a.arg, annotation: a.annotation });
      if (args.vararg?.annotation) items.push({ name: args.vararg.arg, annotation: args.vararg.annotation });
      for (const a of args.kwonlyargs) if (a.annotation) items.push({ name: a.arg, annotation: a.annotation });
      if (args.kwarg?.annotation) items.push({ name: args.kwarg.arg, annotation: args.kwarg.annotation });
      if (s.returns) items.push({ name: 'return', annotation: s.returns });
      annotate = genAnnotateFunction(gg, annBlock, items);
    }
    return genFunctionObject(gg, block, s.name, s.args, (inner) => {
      genStmts(inner, s.body);
      // The implicit `return None` CPython's codegen always appends: its None stays in co_consts when
      // the end is reachable, or when it is the first constant (flowgraph.c remove_unused_consts
      // keeps index 0).
      const last = s.body[s.body.length - 1];
      if (last === undefined || (last._kind !== 'Return' && last._kind !== 'Raise') || !inner.code.consts?.length) {
        inner.noteConst({ k: 'v', v: null });
      }
      inner.e.line('return null;');
    }, s, 'function', docstringOf(s.body), annotate);
  };
  let fn = s.type_params.length ? genGeneric(g, s, make) : make(g);
  for (let i = decorators.length - 1; i >= 0; i--) fn = `R.call1(${decorators[i]}, ${g.after(s.decorator_list[i]!, [fn])[0]})`;
  g.e.line(`${g.store(s.name, fn)};`);
}

/**
 * `def f[T](...)` / `class C[T]`: a hidden function (the type-params scope) binds the type
 * parameters and returns the new object; it is called at the definition point.
 */
function genGeneric(g: FnGen, s: stmt & { _kind: 'FunctionDef' | 'AsyncFunctionDef' | 'ClassDef' },
  make: (inner: FnGen) => string): string {
  const block = g.unit.st.blockFor(s.type_params);
  const name = `<generic parameters of ${s.name}>`;
  const code = codeInfoFor(g, block, name, qualnameFor(g, block, name), null, s.lineno, 'function', null);
  const inner = new FnGen(g.unit, block, code, g.privateName);
  genFunction(inner, [], () => {
    for (const cv of code.cellvars) {
      const field = jsName('c_', cv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.newCell(undefined);`);
    }
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    const tps = s.type_params.map((tp) => {
      const bound = tp._kind === 'TypeVar' && tp.bound ? lazyValue(inner, tp.bound) : 'null';
      const def = tp.default_value ? lazyValue(inner, tp.default_value) : 'null';
      const t = inner.temp();
      inner.e.line(`${t} = R.makeTypeParam(${jsString(tp._kind)}, ${jsString(tp.name)}, ${bound}, ${def}, ${
        tp._kind === 'TypeVar' && tp.bound?._kind === 'Tuple' ? 'true' : 'false'});`);
      inner.e.line(`${inner.store(tp.name, t)};`);
      return t;
    });
    const tuple = `R.tupleDisplay([${tps.join(', ')}])`;
    if (s._kind === 'ClassDef') {
      inner.e.line(`${inner.store('.type_params', tuple)};`);
      inner.e.line(`${inner.store('.generic_base', `R.genericBase(${inner.load('.type_params')})`)};`);
      inner.e.line(`return ${make(inner)};`);
    } else {
      const t = inner.temp();
      inner.e.line(`${t} = ${make(inner)};`);
      inner.e.line(`R.setTypeParams(${t}, ${tuple});`);
      inner.e.line(`return ${t};`);
    }
  });
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  return `R.call0(R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null))`;
}

/** A lazily evaluated expression (TypeVar bound/default, type alias value): a nullary function. */
function lazyValue(g: FnGen, e: expr, key: stmt | expr = e): string {
  // A type alias's value scope is keyed by the TypeAlias statement (symtable.ts), others by the expression.
  const block = g.unit.st.blockFor(key);
  const code = codeInfoFor(g, block, block.name, qualnameFor(g, block, block.name), null, e.lineno, 'function', null);
  const inner = new FnGen(g.unit, block, code, g.privateName);
  genFunction(inner, [], () => {
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    inner.e.line(`return ${genExpr(inner, e)};`);
  });
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  return `R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null)`;
}

function genClassDef(g: FnGen, s: stmt & { _kind: 'ClassDef' }): void {
  const decorators = s.decorator_list.map((d) => {
    const t = g.temp();
    g.e.line(`${t} = ${genExpr(g, d)};`);
    return t;
  });
  const make = (gg: FnGen): string => {
    const block = gg.unit.st.blockFor(s);
    const qualname = qualnameFor(gg, block, s.name);
    const code = codeInfoFor(gg, block, s.name, qualname, null, s.lineno, 'class', null);
    code.flags &= ~(CodeFlag.Optimized | CodeFlag.NewLocals);
    gg.noteConst({ k: 'v', v: s.name }); // __build_class__(func, name, ...)
    const inner = new FnGen(gg.unit, block, code, s.name);
    for (const n of ['__name__', '__module__', '__qualname__']) inner.noteName(n);
    inner.noteConst({ k: 'v', v: qualname });
    inner.noteConst({ k: 'v', v: BigInt(s.decorator_list[0]?.lineno ?? s.lineno) });
    inner.noteName('__firstlineno__');
    genFunction(inner, [], () => {
      code.freevars.forEach((fv, i) => {
        const field = jsName('c_', fv);
        inner.fields.add(field);
        inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
      });
      inner.e.line(`R.storeName(fr, "__module__", R.loadGlobalName(fr, "__name__"));`);
      inner.e.line(`R.storeName(fr, "__qualname__", ${jsString(qualname)});`);
      // A decorated class starts at its first decorator (codegen_class).
      inner.e.line(`R.storeName(fr, "__firstlineno__", ${s.decorator_list[0]?.lineno ?? s.lineno});`);
      if (s.type_params.length) inner.e.line(`R.storeName(fr, "__type_params__", ${inner.load('.type_params')});`);
      if (block.needsClassClosure) {
        inner.fields.add('classcell');
        inner.e.line('fr.classcell = R.newCell(undefined);');
      }
      if (block.needsClassDict) inner.e.line('R.storeName(fr, "__classdictcell__", R.newCell(fr.ns));');
      genDocstring(inner, s.body);
      genAnnotationsSetup(inner, block);
      gg.unit.classAttrs.push(new Set());
      genStmts(inner, s.body);
      const attrs = [...gg.unit.classAttrs.pop()!].sort();
      inner.e.line(`R.storeName(fr, "__static_attributes__", ${attrs.length ? `R.tupleDisplay([${attrs.map(jsString).join(', ')}])` : 'R.EMPTY_TUPLE'});`);
      if (block.needsClassClosure) inner.e.line('R.storeName(fr, "__classcell__", fr.classcell);');
      inner.e.line('return null;');
    }, undefined, true);
    const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(gg, fv)).join(', ')}]` : 'null';
    const body = `R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null)`;
    const bases = s.bases.map((b) => (b._kind === 'Starred' ? b.value : b));
    if (s.type_params.length) bases.push({ _kind: 'Name', id: '.generic_base', ctx: 'Load', lineno: s.lineno, col_offset: 0, end_lineno: s.lineno, end_col_offset: 0 });
    const baseFlags = s.bases.map((b) => (b._kind === 'Starred' ? 1 : 0));
    if (s.type_params.length) baseFlags.push(0);
    const ops0 = operands(gg, [...bases, ...s.keywords.map((k) => k.value)]);
    // The class is built at the class statement's position (CPython: the whole statement).
    const ops = ops0.length ? gg.after(s, ops0) : ops0;
    const kwNames = s.keywords.map((k) => (k.arg === null ? 'null' : jsString(k.arg)));
    return `R.buildClass(${ops0.length ? body : gg.after(s, [body])[0]}, ${jsString(s.name)}, [${ops.slice(0, bases.length).join(', ')}], [${baseFlags.join(', ')}], [${
      ops.slice(bases.length).join(', ')}], [${kwNames.join(', ')}])`;
  };
  let cls = s.type_params.length ? genGeneric(g, s, make) : make(g);
  for (let i = decorators.length - 1; i >= 0; i--) cls = `R.call1(${decorators[i]}, ${g.after(s.decorator_list[i]!, [cls])[0]})`;
  g.e.line(`${g.store(s.name, cls)};`);
}

function genTypeAlias(g: FnGen, s: stmt & { _kind: 'TypeAlias' }): void {
  const name = (s.name as { id: string }).id;
  if (s.type_params.length === 0) {
    const value = lazyValue(g, s.value, s);
    g.e.line(`${g.store(name, `R.makeTypeAlias(${jsString(name)}, R.EMPTY_TUPLE, ${value})`)};`);
    return;
  }
  // type X[T] = ...: the type params scope creates the alias.
  const block = g.unit.st.blockFor(s.type_params);
  const fname = `<generic parameters of ${name}>`;
  const code = codeInfoFor(g, block, fname, qualnameFor(g, block, fname), null, s.lineno, 'function', null);
  const inner = new FnGen(g.unit, block, code, g.privateName);
  genFunction(inner, [], () => {
    for (const cv of code.cellvars) {
      const field = jsName('c_', cv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.newCell(undefined);`);
    }
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    const tps = s.type_params.map((tp) => {
      const bound = tp._kind === 'TypeVar' && tp.bound ? lazyValue(inner, tp.bound) : 'null';
      const def = tp.default_value ? lazyValue(inner, tp.default_value) : 'null';
      const t = inner.temp();
      inner.e.line(`${t} = R.makeTypeParam(${jsString(tp._kind)}, ${jsString(tp.name)}, ${bound}, ${def}, false);`);
      inner.e.line(`${inner.store(tp.name, t)};`);
      return t;
    });
    const aliasValue = lazyValue(inner, s.value, s);
    inner.e.line(`return R.makeTypeAlias(${jsString(name)}, R.tupleDisplay([${tps.join(', ')}]), ${aliasValue});`);
  });
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  g.e.line(`${g.store(name, `R.call0(R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null))`)};`);
}

function genImportFrom(g: FnGen, module: string | null, names: alias[], level: number): void {
  const mod = g.temp();
  g.noteName(module ?? '');
  for (const a of names) if (a.name !== '*') g.noteName(a.name);
  const fromlist = `[${names.map((a) => jsString(a.name)).join(', ')}]`;
  g.e.line(`${mod} = R.importName(fr, ${jsString(module ?? '')}, ${fromlist}, ${level});`);
  for (const a of names) {
    if (a.name === '*') {
      g.e.line(`R.importStar(fr, ${mod});`);
      continue;
    }
    g.e.line(`${g.store(a.asname ?? a.name, `R.importFrom(${mod}, ${jsString(a.name)})`)};`);
  }
}

export { Scope };
