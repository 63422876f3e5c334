import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/model/plan.js';
import { defaultDataDir, makeDataDir, repoRoot, validateDir } from '../helpers.js';

/**
 * A term the Chinese text sets in quotation marks (“一老一小”, “中国数谷”) is a named programme,
 * slogan or place that an English reader cannot look up: every such term of every edition's text has
 * a glossary entry (data/glossary.yaml or the edition's own glossary.yaml), so that the brief's and
 * the workbook's glossaries, which list the terms the edition uses, explain it.
 */
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'editions');
const { dataset } = validateDir(
  makeDataDir([
    ...readdirSync(path.join(defaultDataDir, 'editions')).map((e) => path.join(defaultDataDir, 'editions', e)),
    ...readdirSync(fixtures).map((e) => path.join(fixtures, e)),
  ]),
);

/** The quoted Chinese terms of a text: between “ and ”, holding a Chinese character, a term's length at most. */
function quotedTerms(text: string): string[] {
  return [...text.matchAll(/“([^“”]{1,16})”/g)].map((m) => m[1]!).filter((term) => /[\u3400-\u9FFF]/.test(term));
}

describe('glossary coverage', () => {
  it('finds quoted Chinese terms, and only those', () => {
    expect(quotedTerms('健全“一老一小”、卫生健康和“BINGO滨购”服务，“first stores”')).toEqual(['一老一小', 'BINGO滨购']);
  });

  it("every quoted Chinese term of an edition's text has a glossary entry", () => {
    expect(dataset.editions.length).toBeGreaterThan(2);
    let terms = 0;
    for (const edition of dataset.editions) {
      const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
      // The edition's texts, not the source phrases it quotes to cite a figure.
      const text = JSON.stringify(edition.data, (key, value) => (key === 'source' && typeof value === 'string' ? undefined : value));
      for (const term of new Set(quotedTerms(text))) {
        terms += 1;
        expect(
          plan.glossary.some((g) => g.zh === term),
          `${edition.data.edition.id}: “${term}” has no entry in data/glossary.yaml or the edition's glossary.yaml`,
        ).toBe(true);
      }
    }
    expect(terms).toBeGreaterThan(5);
  });
});
