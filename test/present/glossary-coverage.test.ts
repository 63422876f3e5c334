import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/model/plan.js';
import { glossaryInUse } from '../../src/present/glossary.js';
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

  it('lists in the English glossary every term whose Chinese an edition uses: its English text is found in any form the brief writes it', () => {
    // Every text of the plan with both languages: where the Chinese holds a term, validation
    // (plan:glossary-consistent) has the English use the term's rendering, so the English
    // brief's glossary, which lists the renderings it finds, must find it there too.
    const pairs = (value: unknown, out: { zh: string; en: string }[] = []) => {
      if (Array.isArray(value)) for (const v of value) pairs(v, out);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.zh === 'string' && typeof record.en === 'string') out.push({ zh: record.zh, en: record.en });
        for (const [key, v] of Object.entries(record)) if (key !== 'glossary') pairs(v, out);
      }
      return out;
    };
    const missing: string[] = [];
    let found = 0;
    for (const edition of dataset.editions) {
      const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
      for (const pair of pairs(plan)) {
        for (const term of glossaryInUse(plan.glossary, pair.zh, 'zh')) {
          found += 1;
          if (glossaryInUse([term], pair.en, 'en').length === 0 && pair.en.toLowerCase().includes(term.en.toLowerCase().slice(0, -1)))
            missing.push(`${edition.data.edition.id}: "${pair.en}" uses “${term.zh}” (${term.en}) in a form the glossary does not find`);
        }
      }
    }
    expect(found).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
