import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/unit-scale.js';
import type { UnitsFile } from '../../dataset/schema.js';
import type { SourceFile } from '../../dataset/source-file.js';
import type { MessageText } from '../../diagnostics/messages.js';
import { currencies } from '../../dataset/units.js';

const digit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const big: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * The magnitude a Chinese unit name states before the unit it prefixes: 万人 → 10,000 and 人;
 * 千万元 → 10,000,000 and 元; 万亿元 → 10^12 and 元. 百分 (per cent: 百分点, 百分比) is no magnitude.
 */
export function chineseMagnitude(name: string): { magnitude: number; rest: string } {
  const match = /^([十百千]?)((?:万亿|万|亿)?)(.*)$/su.exec(name)!;
  const [, small = '', large = '', rest = ''] = match;
  if ((small === '' && large === '') || rest === '' || (large === '' && rest.startsWith('分'))) return { magnitude: 1, rest: name };
  const magnitude = (small ? digit[small]! : 1) * [...large].reduce((m, c) => m * big[c]!, 1);
  return { magnitude, rest };
}

const words: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The magnitude an English unit name states: "10,000 people" → 10,000; "RMB 100 million" → 10^8; "people" → 1. */
export function englishMagnitude(name: string): number {
  const match =
    /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(thousand|million|billion|trillion)\b)?|\b(thousand|million|billion|trillion)\b/iu.exec(name);
  if (!match) return 1;
  const word = match[2] ?? match[3];
  return Number((match[1] ?? '1').replaceAll(',', '')) * (word ? words[word.toLowerCase()]! : 1);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * plan:unit-scale — a unit's factor and English name agree with the magnitude its id and Chinese name
 * state (万人 = 10,000 × 人). A factor of 亿元 written 10000000 published 120.5亿元 as RMB 1.205
 * billion, and an English name "10,000 people" on a unit of people labelled workbook columns
 * wrongly: both validated.
 */
export function unitScale(file: SourceFile, units: UnitsFile, sink: DiagnosticSink): void {
  const byId = new Map(units.units.map((u) => [u.id, u]));
  units.units.forEach((unit, i) => {
    const fromId = chineseMagnitude(unit.id);
    const fromZh = chineseMagnitude(unit.zh);
    const en = englishMagnitude(unit.en);
    const report = (field: string, message: MessageText) =>
      sink.add({ ruleId: 'plan:unit-scale', file: file.path, place: file.locate(['units', i, field]), message });
    // A money unit's names say the currency its quantity prints: quantity money-usd on 亿元
    // ("RMB 100 million") validated and the English brief gave 120.5亿元 as USD 12.05 billion.
    const currency = currencyDisagreement(unit);
    if (currency) report('quantity', rule.messages.currency(unit.id, unit.quantity, currency));
    // The names are the unit the id cites from the source: the Chinese name is the id or holds it
    // (个百分点 for 百分点), and a symbol (an id with no Chinese character: %) is written alike in
    // English. zh: ‰ on % validated and the reports printed the source's 13.9% as 13.9‰.
    if (!unit.zh.includes(unit.id)) report('zh', rule.messages.nameNotId(unit.id, unit.zh));
    else if (!/\p{Script=Han}/u.test(unit.id) && unit.en !== unit.id) report('en', rule.messages.nameNotId(unit.id, unit.en));
    // The id and the Chinese name state one magnitude, and so does the English name.
    const stated = Math.max(fromId.magnitude, fromZh.magnitude);
    if (fromId.magnitude !== fromZh.magnitude) report('zh', rule.messages.idAndName(unit.id, fromId.magnitude, unit.zh, fromZh.magnitude));
    else if (!close(en, stated)) report('en', rule.messages.names(unit.id, stated, en));
    if (stated === 1) return;
    const named = fromId.magnitude > 1 ? fromId : fromZh;
    const base = byId.get(named.rest);
    // 万人 is 10,000 人: it measures what 人 measures. quantity: person-times on 万人 validated (the
    // factor was then read against 1) and the English reports gave 0.5万人 as "5,000 times".
    if (base && base !== unit && base.quantity !== unit.quantity)
      report('quantity', rule.messages.baseQuantity(unit.id, unit.quantity, base.id, base.quantity));
    // 万人 is 10,000 people as 人 is people: a multiple's English name holds its unit's. en:
    // households on 人 validated and the reports gave 736人 as "736 households".
    if (base && base !== unit && !unit.en.toLowerCase().includes(base.en.toLowerCase()))
      report('en', rule.messages.baseName(unit.id, unit.en, base.id, base.en));
    const baseFactor = base && base.quantity === unit.quantity && base !== unit ? base.factor : 1;
    const expected = stated * baseFactor;
    if (!close(unit.factor, expected)) {
      const why = base && base !== unit && base.quantity === unit.quantity ? `${stated} × ${named.rest} (${baseFactor})` : `${stated} × 1`;
      report('factor', rule.messages.factor(unit.id, unit.factor, expected, why));
    }
  });
}

/**
 * Which of a unit's names states a currency other than the one its quantity prints (the English
 * code it starts with, the Chinese word it ends with), or states none where the quantity is money.
 */
function currencyDisagreement(unit: UnitsFile['units'][number]): string | undefined {
  const entries = Object.entries(currencies);
  const byEn = entries.find(([, c]) => new RegExp(`^${c.code}\\b`).test(unit.en))?.[0];
  // The longest Chinese word first: 美元 ends in 元 too.
  const byZh = [...entries].sort(([, a], [, b]) => b.zh.length - a.zh.length).find(([, c]) => unit.zh.endsWith(c.zh))?.[0];
  const own = currencies[unit.quantity] === undefined ? undefined : unit.quantity;
  if (byEn !== own) return `"${unit.en}"`;
  if (byZh !== own) return `"${unit.zh}"`;
  return undefined;
}
