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
