/**
 * A rank target (保持全市前3位) is judged by the position its result states (列全市第2位). Both
 * positions of the data must be the ones the phrase gives them: any other number of the phrase
 * (the target's 3, the result's 5) let a wrong position through and the target read as met.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editText, makeDataDir, repoRoot, validateDir } from '../helpers.js';

const yanxi = path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024');
const row = "target: {kind: rank, scope: city, position: 3, text: {zh: 保持全市前3位, en: among the city's top 3}}";
const rank = 'ranks: [{measure: growth, scope: city, position: 2}]';

/** The document states 第5位 for the result; the data's positions are edited. */
function fifth(targetPosition: number, rankPosition: number, targetWords = '保持全市前3位') {
  const dataDir = makeDataDir([yanxi]);
  const file = (name: string) => path.join(dataDir, 'editions', 'yanxi-2024', name);
  for (const name of ['review-targets.yaml', 'source.txt']) editText(file(name), '8.7%,列全市第2位 |', '8.7%,列全市第5位 |');
  editText(
    file('review-targets.yaml'),
    row,
    row.replace('position: 3', `position: ${targetPosition}`).replace('保持全市前3位', targetWords),
  );
  editText(file('review-targets.yaml'), rank, rank.replace('position: 2', `position: ${rankPosition}`));
  return validateDir(dataDir)
    .diagnostics.filter((d) => d.ruleId === 'plan:source-phrase-has-value')
    .map((d) => d.path?.join('.') ?? d.message);
}

describe('the positions of a rank target and of its result are those the phrase states', () => {
  it('as the document has them, nothing is reported', () => {
    expect(fifth(3, 5)).toEqual([]);
  });

  it("a result's rank taken from the target's 前3位 (the document says 第5位) is an error", () => {
    const found = fifth(3, 3);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^rank 3 does not appear/);
  });

  it("a target's position taken from the result's 第5位 (its words say 前3位) is an error", () => {
    const found = fifth(5, 5);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^target 5 does not appear/);
  });

  it("a rank target's words that are not its phrase's (前5位 where it says 前3位) are an error", () => {
    const found = fifth(5, 5, '保持全市前5位');
    expect(found).toEqual(['rows.7.target.text.zh']);
  });
});
