/**
 * Whether a published figure is a total held (a stock: 全区拥有托位2726个, 人才总量超48万人, 累计达74家)
 * rather than what the year added or delivered (新增学位8919个): read from the words of the clause of
 * its source phrase that states it, since the data marks flows only on targets (`flow: true`).
 */

/** Words before a figure that say it is a total held: 拥有, 总量, 总数, 保有, 现有, 共有, 累计达, 数达. */
const heldWords = /拥有|总量|总数|保有|现有|共有|累计达|数达/;
/** Marks that end a clause: a figure's clause starts after the last one before it. */
const clauseEnd = /[，,、；;。：:]/g;

/** The holding word of the clause that states `value` (as published, with its decimals), or undefined. */
export function heldWord(phrase: string, value: number, decimals: number): string | undefined {
  const printed = value.toFixed(decimals);
  // The figure as a whole number in the phrase: not the 2726 of 12726, nor the 4.2 of 4.25.
  const at = new RegExp(`(?<![\\d.])${printed.replace('.', '\\.')}(?![\\d.]*\\d)`).exec(phrase);
  // A figure published in 万 (80.73万人次) is found as printed; one not found has no clause to read.
  if (!at) return undefined;
  const before = phrase.slice(0, at.index);
  const start = Math.max(-1, ...[...before.matchAll(clauseEnd)].map((m) => m.index));
  return heldWords.exec(before.slice(start + 1))?.[0];
}
