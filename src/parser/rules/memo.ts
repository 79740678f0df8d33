// Identifiers of the memoised rules (the grammar's (memo) rules and its left-recursive ones),
// used as keys in each token's memo list.

export const enum M {
  simple_stmt = 1, block, closed_pattern, star_pattern, type_param, expression, star_expression,
  disjunction, conjunction, inversion, factor, await_primary, arguments, star_target,
  target_with_star_atom, del_target, strings, tstring, invalid_named_expression,
  bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term, primary, t_primary, dotted_name,
  attr, name_or_attr,
}
