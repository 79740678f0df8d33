// Identifiers of the memoised rules (the grammar's (memo) rules and its left-recursive ones),
// used as keys in each token's memo list.

export const enum M {
  simple_stmt = 1, block, closed_pattern, star_pattern, type_param, expression, star_expression,
  disjunction, conjunction, inversion, factor, await_primary, arguments, star_target,
  target_with_star_atom, del_target, strings, tstring, invalid_named_expression,
  bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term, primary, t_primary, dotted_name,
  attr, name_or_attr,
}

/**
 * Rules memoised in the first pass too. CPython memoises every rule above in both passes; a
 * count over the whole stdlib found that the others never hit in the first pass (the first
 * pass does not backtrack over them), so there they only cost an allocation per rule per
 * token (a third of parse time went to GC). The error pass, whose invalid_* rules re-parse
 * heavily, memoises them all as CPython does.
 */
export const FIRST_PASS_MEMO: readonly boolean[] = (() => {
  const on = new Array<boolean>(64).fill(false);
  for (const m of [M.expression, M.t_primary, M.star_target, M.target_with_star_atom, M.arguments, M.strings,
    M.simple_stmt, M.closed_pattern, M.attr, M.invalid_named_expression]) on[m] = true;
  return on;
})();
