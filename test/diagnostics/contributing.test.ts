import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds, ruleUrl } from '../../src/diagnostics/rules.js';
import { repoRoot } from '../helpers.js';

describe('CONTRIBUTING.md', () => {
  const text = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
  const headings = new Set([...text.matchAll(/^### ((?:plan|chart|template):[a-z-]+)$/gm)].map((m) => m[1]));

  it('explains every rule id that validation can emit, under a heading its link reaches', () => {
    expect(ruleIds.filter((id) => !headings.has(id))).toEqual([]);
    // GitHub's anchor for "### plan:sum-matches-total" drops the colon.
    for (const id of ruleIds) expect(ruleUrl(id)).toBe(`CONTRIBUTING.md#${id.replace(':', '')}`);
  });

  it('documents no rule that does not exist', () => {
    expect([...headings].filter((id) => !(ruleIds as string[]).includes(id!))).toEqual([]);
  });
});
