import type { GrowthBasis } from './schema.js';

/**
 * The prices a phrase says its growth is at: 可比价/不变价/实际增长 comparable, 现价/名义增长 current;
 * undefined where it names neither (or both). The model reads a growth's basis with it, and
 * validation holds a declared `growthBasis` to it (plan:estimate-word).
 */
export function statedGrowthBasis(phrase: string): GrowthBasis | undefined {
  const comparable = /可比价|不变价|实际增长/.test(phrase);
  const current = /现价|名义增长/.test(phrase);
  return comparable === current ? undefined : comparable ? 'comparable' : 'current';
}

/** The words of a phrase that name its basis ("按可比价"), for messages. */
export function growthBasisWord(phrase: string): string | undefined {
  return /按?(?:可比价|不变价|现价)(?:格)?(?:计算)?|实际增长|名义增长/.exec(phrase)?.[0];
}

/** The population a phrase counts: 平均 (年平均常住人口) the annual average, 年末/年底 the year-end count. */
export function statedPopulationBasis(phrase: string): 'average' | 'year-end' | undefined {
  if (/平均/.test(phrase)) return 'average';
  if (/年末|年底/.test(phrase)) return 'year-end';
  return undefined;
}

/** The area a phrase names (全市 city): undefined where it names none or several. */
export function statedArea(phrase: string): { word: string; area: 'district' | 'city' | 'province' | 'nation' } | undefined {
  const areas = { 全区: 'district', 全市: 'city', 全省: 'province', 全国: 'nation' } as const;
  const found = new Set([...phrase.matchAll(/全区|全市|全省|全国/g)].map((m) => m[0] as keyof typeof areas));
  if (found.size !== 1) return undefined;
  const word = [...found][0]!;
  return { word, area: areas[word] };
}

/**
 * The year a phrase opens with (2023年全区…), else the one year a document's title names
 * (…2024年…统计公报), with the text that says it.
 */
export function statedYear(phrase: string, title: string): { text: string; word: string; year: number } | undefined {
  const opening = /^(\d{4})年/.exec(phrase);
  if (opening) return { text: phrase, word: opening[0], year: Number(opening[1]) };
  const years = new Set([...title.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])));
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  return { text: title, word: `${year}年`, year };
}
