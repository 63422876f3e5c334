/**
 * Where a block that can split (a paragraph's lines, a list's items, a table's rows) breaks across
 * pages: a block of up to `whole` units never splits, and otherwise at least `min` units stand on
 * each side of a break, so that no line, bullet or table fragment is left or carried alone.
 */
export interface SplitRule {
  readonly min: number;
  readonly whole: number;
}

export const splitRules = {
  /** Paragraphs: no single line at the foot or head of a page (orphans and widows). */
  lines: { min: 2, whole: 3 },
  /** Lists: no single bullet at the foot or head of a page. */
  items: { min: 2, whole: 3 },
  /** Tables: no fragment under 4 rows on either side of a break; tables of up to 7 rows stay whole. */
  rows: { min: 4, whole: 7 },
} as const satisfies Record<string, SplitRule>;

/**
 * How many units, from `from`, go on the current page with `space` left; 0 means none (start on
 * the next page). `atTop` says the page has nothing on it yet, so at least one unit must go there
 * whatever its height.
 */
export function unitsThatFit(heights: readonly number[], from: number, space: number, rule: SplitRule, atTop: boolean): number {
  const remaining = heights.length - from;
  let fit = 0;
  let used = 0;
  while (fit < remaining && used + heights[from + fit]! <= space + 0.001) used += heights[from + fit++]!;
  if (fit === remaining) return fit;
  if (!atTop && heights.length <= rule.whole) return 0;
  // Leave at least `min` for the next page, and put at least `min` on this one (when the block starts here).
  const balanced = Math.min(fit, remaining - rule.min);
  const least = !atTop && from === 0 ? rule.min : 1;
  if (balanced >= least) return balanced;
  return atTop ? Math.max(1, fit) : 0;
}

/** The height the first fragment of a block needs: all of it when it may not split, else its first `min` units. */
export function firstFragmentHeight(heights: readonly number[], rule: SplitRule): number {
  const count = heights.length <= rule.whole ? heights.length : rule.min;
  return heights.slice(0, count).reduce((a, h) => a + h, 0);
}
