import { statedGrowthBasis } from '../dataset/basis-words.js';
import type { GrowthBasis, Text } from '../dataset/schema.js';

/**
 * The prices a growth rate is at, so that growth is compared only with growth on the same basis.
 * In order: the data's `growthBasis`; what the cited phrase says (按可比价计算, 实际增长 comparable;
 * 按现价计算, 名义增长 current); else the practice of Chinese statistics for the kind of indicator:
 * output measures (地区生产总值/GDP and every 增加值, value added) are published at comparable
 * prices, everything else (revenue, retail sales, investment, income, trade) at current prices.
 */
export function growthBasisOf(
  name: Text,
  phrase: string,
  declared?: GrowthBasis,
): { basis: GrowthBasis; from: 'data' | 'phrase' | 'kind' } {
  if (declared !== undefined) return { basis: declared, from: 'data' };
  const stated = statedGrowthBasis(phrase);
  if (stated !== undefined) return { basis: stated, from: 'phrase' };
  return { basis: outputMeasure.test(name.zh) || /\bGDP\b|value added/i.test(name.en) ? 'comparable' : 'current', from: 'kind' };
}

const outputMeasure = /生产总值|增加值|GDP/;

/** The bases of a relative target's comparison: the result's growth and the reference's. */
export interface PriceBases {
  readonly result: GrowthBasis;
  readonly reference: GrowthBasis;
  /** Which side's basis the report does not state and the brief reads from the kind of indicator. */
  readonly resultAssumed?: true;
  readonly referenceAssumed?: true;
}

/**
 * The two bases of a comparison when they differ (income at current prices judged against GDP at
 * comparable prices): such a judgement includes the change in prices, and readers are told so
 * wherever it is shown. Undefined when either is unknown or they agree.
 */
export function differingBases(
  result: GrowthBasis | undefined,
  reference: GrowthBasis | undefined,
  assumed: { readonly result?: boolean; readonly reference?: boolean } = {},
): PriceBases | undefined {
  return result === undefined || reference === undefined || result === reference
    ? undefined
    : {
        result,
        reference,
        ...(assumed.result ? { resultAssumed: true as const } : {}),
        ...(assumed.reference ? { referenceAssumed: true as const } : {}),
      };
}
