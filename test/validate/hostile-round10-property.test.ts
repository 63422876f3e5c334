/**
 * Issue 28, tenth pass, generated: facts stated in words. A rank, a number, a measure's name or a
 * label's figure that the English or the label states against the Chinese phrase is found
 * whatever form it takes, and one that agrees is never reported; numeric command-line values
 * past Number.MAX_SAFE_INTEGER are refused. Bounded: PROPERTY_RUNS (default 300);
 * `PROPERTY_RUNS=20000 npx vitest run test/validate/hostile-round10-property.test.ts` for the long run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWholeNumber, wholeNumber } from '../../src/cli/args.js';
import { spec as buildSpec } from '../../src/cli/build-spec.js';
import { rankMeasureLabelDisagreement } from '../../src/validate/phrase-claims.js';
import { readPhrase } from '../../src/validate/phrase-words.js';
import {
  englishFactDisagreement,
  labelFactDisagreement,
  type PlaceNames,
  readChineseFacts,
  readEnglishFacts,
} from '../../src/validate/text-facts.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261208;

const scopes = ['district', 'city', 'province', 'nation'] as const;
type Scope = (typeof scopes)[number];
const scopeZh: Record<Scope, string> = { district: '全区', city: '全市', province: '全省', nation: '全国' };
const places: PlaceNames = { district: { zh: '青禾区', en: 'Qinghe District' }, city: { zh: '云岭市', en: 'Yunling' } };
const digitsZh = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const chineseOrdinal = (n: number) => (n < 10 ? digitsZh[n]! : `${n >= 20 ? digitsZh[Math.floor(n / 10)] : ''}十${digitsZh[n % 10]}`);
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
const scopeEn: Record<Scope, readonly string[]> = {
  district: ['the district', 'Qinghe'],
  city: ['the city', 'Yunling'],
  province: ['the province'],
  nation: ['the nation', 'the country', 'China'],
};
const measures = ['增速', '总量', '占比', ''];

/** An English rank of `position` and `scope`, in one of the forms a translator writes. */
const englishRank = (position: number, scope: Scope, form: number, name: number) => {
  const where = scopeEn[scope][name % scopeEn[scope].length]!;
  const ordinal =
    position <= 10 && form % 3 === 0 ? ordinalWords[position - 1]! : form % 3 === 1 ? `No. ${position}` : `${position}${suffix(position)}`;
  const adverb: Record<Scope, string> = { district: 'district-wide', city: 'citywide', province: 'province-wide', nation: 'nationally' };
  if (form >= 12) return `ranked ${ordinal} ${adverb[scope]}`;
  return form % 4 === 3 && !/^[A-Z]/.test(where) ? `${where}'s ${ordinal}` : `ranked ${ordinal} in ${where}`;
};

describe('generated facts in words, tenth round', () => {
  it('an English rank is reported exactly when its position or scope differs from the Chinese rank statement', () => {
    fc.assert(
      fc.property(
        fc.record({
          zhScope: fc.constantFrom(...scopes),
          zhPosition: fc.integer({ min: 1, max: 30 }),
          enScope: fc.constantFrom(...scopes),
          enPosition: fc.integer({ min: 1, max: 30 }),
          form: fc.nat(15),
          name: fc.nat(2),
          measure: fc.constantFrom(...measures),
          value: fc.integer({ min: 100, max: 99999 }),
        }),
        ({ zhScope, zhPosition, enScope, enPosition, form, name, measure, value }) => {
          const zh = `实现营收${value}亿元,${measure}列${scopeZh[zhScope]}第${chineseOrdinal(zhPosition)}`;
          const en = `Revenue reached [[x]], ${englishRank(enPosition, enScope, form, name)}.`;
          const d = englishFactDisagreement(readEnglishFacts(en, places), readChineseFacts(zh, places));
          if (zhScope === enScope && zhPosition === enPosition) expect(d).toBeUndefined();
          else expect(d, `${en} / ${zh}`).toMatchObject({ kind: 'rank' });
        },
      ),
      { numRuns: runs, seed },
    );
  });

  it('a number the English states is accepted in every scale that equals the Chinese figure, and refused otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }),
        fc.constantFrom('亿元', '万元', '万人', '个'),
        fc.integer({ min: 1, max: 99999 }),
        (n, unit, other) => {
          const zh = `全年落地项目${n}${unit}`;
          const scale = unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
          const total = n * scale;
          const asEnglish =
            scale === 1e8
              ? total >= 1e9 && total % 1e9 === 0
                ? `RMB ${(total / 1e9).toLocaleString('en-US')} billion`
                : `RMB ${(total / 1e6).toLocaleString('en-US')} million`
              : total.toLocaleString('en-US');
          expect(compare(`${asEnglish} in projects`, zh), `${asEnglish} / ${zh}`).toBeUndefined();
          expect(compare(`${n.toLocaleString('en-US')} in projects`, zh)).toBeUndefined();
          if (other !== n && other * 1e6 !== total && other !== total && other * 1e9 !== total)
            expect(compare(`${other.toLocaleString('en-US')} in projects`, zh), `${other} / ${zh}`).toMatchObject({ kind: 'number' });
        },
      ),
      { numRuns: runs, seed },
    );
  });

  it('number words are read as the number they make', () => {
    const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const tens = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    const inWords = (n: number): string => {
      const h = Math.floor(n / 100);
      const rest = n % 100;
      const low =
        rest === 0
          ? ''
          : rest < 10 || rest % 10 === 0
            ? rest < 10
              ? ones[rest]!
              : tens[rest / 10]!
            : `${tens[Math.floor(rest / 10)]}-${ones[rest % 10]}`;
      return [h > 0 ? `${ones[h]} hundred` : '', low].filter((p) => p !== '').join(' and ');
    };
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 2, max: 999 }), (n, m) => {
        // 11–19 are words of their own, written here only where they stand alone.
        if ([n % 100, m % 100].some((r) => r > 10 && r < 20)) return;
        expect(compare(`${inWords(n)} graduates`, `${n}名毕业生`), inWords(n)).toBeUndefined();
        if (m !== n) expect(compare(`${inWords(m)} graduates`, `${n}名毕业生`), inWords(m)).toMatchObject({ kind: 'number' });
      }),
      { numRuns: runs, seed },
    );
  });

  it("a measureLabel is accepted exactly when it is words of its statement's measure", () => {
    const han = fc.constantFrom(...'综合评价完成进度发展水平抽测成绩指数质量服务创新'.split(''));
    fc.assert(
      fc.property(
        fc.array(han, { minLength: 2, maxLength: 8 }),
        fc.array(han, { minLength: 1, maxLength: 4 }),
        (measureChars, labelChars) => {
          const measure = measureChars.join('');
          const label = labelChars.join('');
          const phrase = `${measure}居全省第一`;
          const words = readPhrase(phrase);
          // Only where the reader takes the words as a measure of its own (not one of 总量/增速…).
          const read = words.ranks[0];
          if (read?.measure !== 'other') return;
          const d = rankMeasureLabelDisagreement(words, phrase, { measure: 'other', measureLabel: label, scope: 'province', position: 1 });
          if (read.measureWord!.includes(label)) expect(d).toBeUndefined();
          else expect(d, `${label} / ${phrase}`).toMatchObject({ field: 'measureLabel', actual: label });
        },
      ),
      { numRuns: runs, seed },
    );
  });

  it("a label's number is accepted exactly when its phrase states it in that unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('家', '个', '亿元'),
        (k, j, unit) => {
          const d = labelFactDisagreement(`${k}${unit}企业融资金额`, [`为${j}${unit}企业落实融资`]);
          if (k === j) expect(d).toBeUndefined();
          else expect(d).toEqual({ kind: 'number', label: `${k}${unit}` });
        },
      ),
      { numRuns: runs, seed },
    );
  });

  it('numeric options take whole numbers only while JavaScript counts them exactly', () => {
    const check = buildSpec.options.shard!.check!;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,25}$/), fc.stringMatching(/^[0-9]{1,25}$/), (k, n) => {
        const safe = (d: string) => Number.isSafeInteger(Number(d));
        expect(isWholeNumber(k)).toBe(safe(k));
        expect(wholeNumber(1)(k) === undefined).toBe(safe(k) && Number(k) >= 1);
        const ok = safe(k) && safe(n) && Number(k) >= 1 && Number(k) <= Number(n);
        expect(check(`${k}/${n}`) === undefined, `${k}/${n}`).toBe(ok);
      }),
      { numRuns: runs, seed },
    );
  });
});

const compare = (en: string, zh: string) => englishFactDisagreement(readEnglishFacts(en, places), readChineseFacts(zh, places));
