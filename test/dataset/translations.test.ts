import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { walkTexts } from '../../src/validate/rules/text.js';
import { defaultDataDir, repoRoot } from '../helpers.js';

/**
 * English renderings a publication reviewer found wrong (review11, "Translation errors"), as rules
 * over every zh/en pair of every edition's data, the default one and the test editions: a Chinese
 * term that is present asks for, or forbids, English words. Each rule says why, from the source.
 */
interface TermRule {
  /** The Chinese that makes the rule apply. */
  readonly zh: RegExp;
  /** The English must match this, where given. */
  readonly en?: RegExp;
  /** The English must not match this, where given. */
  readonly notEn?: RegExp;
  readonly why: string;
}

const rules: readonly TermRule[] = [
  {
    zh: /落地/,
    notEn: /\bland(?:s|ed|ing)?\b(?!\s+(?:area|use|reserve|parcel))/i,
    why: '落地 (a project 落地) is a project secured and started locally; "landed" is a calque',
  },
  {
    zh: /开发就业岗位/,
    en: /\b(?:openings?|vacancies|postings?)\b/i,
    notEn: /\bjobs?\s+created\b|\bcreat\w*\s+(?:\w+\s+)?jobs?\b/i,
    why: '开发就业岗位…万个次 counts job openings sourced (个次: each posting each time), not jobs created',
  },
  {
    zh: /首店/,
    en: /\bfirst\b.*\b(?:outlets?|stores?|shops?)\b/i,
    notEn: /\bflagship\b/i,
    why: "首店 is a brand's first outlet in the city (the 首发经济 of the source), not a flagship store",
  },
  {
    zh: /案例集/,
    en: /\bcasebook\b|\bcollection of (?:cases|case studies)\b/i,
    why: '入选…案例集 is being included in a casebook, not being selected as a case of what the book is about',
  },
];

function editionFolders(): string[] {
  const roots = [path.join(defaultDataDir, 'editions'), path.join(repoRoot, 'test', 'fixtures', 'editions')];
  return roots.flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(root, d.name)),
  );
}

/** Every zh/en pair of every YAML file of every edition, with where it is. */
function pairs(): { zh: string; en: string; where: string }[] {
  const found: { zh: string; en: string; where: string }[] = [];
  for (const folder of editionFolders()) {
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
      const file = path.join(folder, name);
      walkTexts(parse(readFileSync(file, 'utf8')), [], (zh, en, at) =>
        found.push({ zh, en, where: `${path.relative(repoRoot, file)}:${at.join('.')}` }),
      );
    }
  }
  return found;
}

describe('English renderings of terms', () => {
  const all = pairs();

  it.each(rules.map((r) => [r.zh.source, r] as const))('%s', (_, rule) => {
    const applies = all.filter((p) => rule.zh.test(p.zh));
    // Each rule is about a term the corpus holds: a rule that applies to nothing checks nothing.
    expect(applies.length, `no text holds ${rule.zh}`).toBeGreaterThan(0);
    for (const p of applies) {
      if (rule.en) expect(p.en, `${p.where}: ${p.zh} (${rule.why})`).toMatch(rule.en);
      if (rule.notEn) expect(p.en, `${p.where}: ${p.zh} (${rule.why})`).not.toMatch(rule.notEn);
    }
  });

  it('catches the renderings the review found', () => {
    const wrong = [
      ['落地亿元以上项目', 'Projects of RMB 100 million or more landed'],
      ['开发就业岗位', 'Jobs created (instances)'],
      ['引进首店', 'Flagship “first stores” attracted'],
      ['“中国数谷”入选国家数据局数字经济创新发展试验区建设案例集。', 'China Data Valley was selected as a case of pilot zones.'],
    ];
    for (const [zh, en] of wrong) {
      const broken = rules.filter((r) => r.zh.test(zh!)).some((r) => (r.en && !r.en.test(en!)) || r.notEn?.test(en!));
      expect(broken, `${zh} / ${en}`).toBe(true);
    }
  });
});
