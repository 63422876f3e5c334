import { describe, expect, it } from 'vitest';
import { glossaryInUse } from '../../src/present/glossary.js';
import { buildPlan } from '../../src/model/plan.js';
import { defaultDataDir, validateDir } from '../helpers.js';

const term = (id: string, zh: string, en: string, accept?: string[]) => ({
  id,
  zh,
  en,
  ...(accept ? { accept } : {}),
  note: { zh: '说明', en: 'note' },
});

describe('glossary', () => {
  it('keeps only the terms a text uses: the Chinese term in Chinese, the rendering (or an accepted form) in English', () => {
    const terms = [term('a', '规上', 'above designated size'), term('b', '亿元', 'RMB 100 million', ['billion']), term('c', '零磁', 'zero-magnetic')];
    expect(glossaryInUse(terms, '规上工业增加值913.2亿元', 'zh').map((t) => t.id)).toEqual(['a', 'b']);
    expect(glossaryInUse(terms, 'Industrial value added (above designated size), RMB 91.32 billion', 'en').map((t) => t.id)).toEqual(['a', 'b']);
    // Whole words only: "billions" is not "billion".
    expect(glossaryInUse(terms, 'billions of yuan', 'en')).toEqual([]);
  });

  it("joins the shared terms and the edition's own, an edition's term replacing a shared one of the same id", () => {
    const { dataset } = validateDir(defaultDataDir);
    const edition = dataset.editions.find((e) => e.folder === 'binjiang-2025')!;
    const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
    const shared = dataset.glossary!.terms.map((t) => t.id);
    const own = edition.data.glossary.terms.map((t) => t.id);
    expect(own.length).toBeGreaterThan(0);
    expect(plan.glossary.map((t) => t.id).sort()).toEqual([...new Set([...shared, ...own])].sort());
    const replaced = buildPlan(
      { ...edition, data: { ...edition.data, glossary: { terms: [term(shared[0]!, '替换', 'replaced')] } } },
      dataset.units!,
      dataset.glossary!,
      [],
    );
    expect(replaced.glossary.filter((t) => t.id === shared[0])).toEqual([term(shared[0]!, '替换', 'replaced')]);
  });
});
