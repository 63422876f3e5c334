import { describe, expect, it } from 'vitest';
import {
  chineseNumeralValue,
  englishFactDisagreement,
  labelFactDisagreement,
  type PlaceNames,
  readChineseFacts,
  readEnglishFacts,
} from '../../src/validate/text-facts.js';

const places: PlaceNames = { district: { zh: '示例区', en: 'Demo District' }, city: { zh: '示例市', en: 'Demo City' } };
const compare = (en: string, zh: string) => englishFactDisagreement(readEnglishFacts(en, places), readChineseFacts(zh, places));

describe('Chinese numerals', () => {
  it.each([
    ['四', 4],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三百', 300],
    ['万', 1e4],
    ['亿', 1e8],
    ['万亿', 1e12],
    ['两千', 2000],
  ])('%s is %d', (run, value) => expect(chineseNumeralValue(run)).toBe(value));
});

describe('English facts against the Chinese (issue 28, tenth pass)', () => {
  it('a rank of another scope or position is reported, the same rank is not', () => {
    expect(compare('The cluster was third in the nation.', '集成电路集群营收位列全省第一')).toEqual({
      kind: 'rank',
      english: 'third in the nation',
      chinese: '全省第一',
    });
    expect(compare('No. 2 in the city by growth', '增速列全市第三')).toMatchObject({ kind: 'rank', chinese: '全市第三' });
    expect(compare('first in the province', '位列全省第一')).toBeUndefined();
    expect(compare('investment growth ranked first in Demo City', '投资增速列全市第一')).toBeUndefined();
    expect(compare("the province's second", '全省第二')).toBeUndefined();
    expect(compare("the nation's second", '全省第二')).toMatchObject({ kind: 'rank' });
  });

  it('ranks written as adverbs, "top" and "number one" are ranks too; "among the top" is not a position', () => {
    expect(compare('first nationally', '位列全省第一')).toMatchObject({ kind: 'rank', english: 'first nationally' });
    expect(compare('first province-wide', '位列全省第一')).toBeUndefined();
    expect(compare('top in the nation', '位列全省第一')).toMatchObject({ kind: 'rank' });
    expect(compare('number one in the city', '列全市第一')).toBeUndefined();
    expect(compare('number one in the city', '列全市第二')).toMatchObject({ kind: 'rank' });
    expect(compare('among the top in the province', '位居全省前列')).toBeUndefined();
    expect(compare('first place nationally', '位列全省第一')).toMatchObject({ kind: 'rank' });
    // The broadest scope named is the rank's: districts are who is ranked, the city where.
    expect(compare('No. 1 of all districts in Demo City', '列全市第一')).toBeUndefined();
    expect(compare('No. 1 of all districts in the province', '列全市第一')).toMatchObject({ kind: 'rank' });
    expect(compare('third in the district while the nation grew', '列全区第三，全国增长')).toBeUndefined();
  });

  it('full-width digits and "bn" cannot hide a number', () => {
    expect(compare('１２ new firms', '新增企业')).toMatchObject({ kind: 'number', english: '12' });
    expect(compare('RMB 1.5bn', '15亿元')).toBeUndefined();
    expect(compare('RMB 2.5bn', '15亿元')).toMatchObject({ kind: 'number' });
    expect(labelFactDisagreement('４２２家企业融资金额', ['落实各类融资金额超310.86亿元'])).toEqual({ kind: 'number', label: '422家' });
    expect(labelFactDisagreement('４２２家企业融资金额', ['为４２２家企业落实融资'])).toBeUndefined();
  });

  it('number words that make one number are read as one', () => {
    expect(compare('thirty-five graduates', '35名毕业生')).toBeUndefined();
    expect(compare('two hundred and five graduates', '205名毕业生')).toBeUndefined();
    expect(compare('two hundred graduates', '205名毕业生')).toMatchObject({ kind: 'number', english: 'two hundred' });
    expect(compare('one hundred graduates', '百名毕业生')).toBeUndefined();
  });

  it('numbers in digits or words, with their scale, are numbers of the Chinese', () => {
    expect(compare('Projects of RMB 100 million or more', '亿元以上项目')).toBeUndefined();
    expect(compare('Projects of RMB 1 billion or more', '10亿元以上项目')).toBeUndefined();
    expect(compare('per 10,000 people', '每万人')).toBeUndefined();
    expect(compare('for the fourth year running', '连续四年')).toBeUndefined();
    expect(compare('four years running', '连续四年')).toBeUndefined();
    expect(compare('Reports from 2024', '2024年报告')).toBeUndefined();
    expect(compare('Reports from 2023', '2024年报告')).toEqual({ kind: 'number', english: '2023', chinese: '' });
    expect(compare('five years running', '连续四年')).toMatchObject({ kind: 'number', english: 'five' });
    expect(compare('for the fifth year running', '连续四年')).toMatchObject({ kind: 'ordinal', english: 'fifth' });
    expect(compare('Projects of RMB 10 billion or more', '10亿元以上项目')).toMatchObject({ kind: 'number' });
  });

  it('figures cited as [[id]] and idiomatic "first" and "one" are not read', () => {
    expect(compare('[[a-gdp]] in all', '[[a-gdp]]')).toBeUndefined();
    expect(compare('People first', '以人为本')).toBeUndefined();
    expect(compare('named one of the ten best counties', '十佳县')).toBeUndefined();
  });

  it('scope words and units the Chinese does not name are reported', () => {
    expect(compare('Provincial-level incubators', '省级孵化器')).toBeUndefined();
    expect(compare('National-level incubators', '省级孵化器')).toEqual({ kind: 'scope', english: 'nation', chinese: '省' });
    expect(compare('Share of GDP (%)', '占GDP比重(%)')).toBeUndefined();
    expect(compare('Change (percentage points)', '变化(%)')).toMatchObject({ kind: 'unit', english: 'points' });
    expect(compare('Change (%)', '变化(个百分点)')).toMatchObject({ kind: 'unit', english: 'percent' });
    expect(compare('Exports in US dollars', '出口(亿元)')).toMatchObject({ kind: 'unit', english: 'usd' });
    expect(compare('above RMB 1 trillion', '逾一万亿人民币')).toBeUndefined();
    expect(compare('above RMB 1 trillion', '逾一万亿美元')).toMatchObject({ kind: 'unit', english: 'yuan' });
  });
});

describe('a label against its phrase (issue 28, tenth pass)', () => {
  it("paraphrase is free; numbers, ranks and scopes are the phrase's", () => {
    expect(labelFactDisagreement('工业投资增速', ['工业、高新产业、制造业投资分别增长13.9%、11.7%、13.0%'])).toBeUndefined();
    expect(labelFactDisagreement('有效国家高新技术企业', ['有效国高企数达2930家,创历史新高,全省第二'])).toBeUndefined();
    expect(
      labelFactDisagreement('高新技术企业创新能力500强入榜数', ['高新技术企业创新能力500强、企业创造力百强入榜数均居全省第一']),
    ).toBeUndefined();
    expect(labelFactDisagreement('422家专精特新中小企业融资金额', ['落实各类融资金额超310.86亿元'])).toEqual({
      kind: 'number',
      label: '422家',
    });
    // The number is there, but of another unit: 10个 is not 10亿元.
    expect(labelFactDisagreement('落地10亿元以上项目', ['落地亿元以上项目10个'])).toEqual({ kind: 'number', label: '10亿元' });
    expect(labelFactDisagreement('数量(全省第二)', ['有效国高企数达2930家,全省第三'])).toEqual({ kind: 'rank', label: '全省第二' });
    expect(labelFactDisagreement('全国独角兽企业', ['入选独角兽企业12家、列全省第四'])).toEqual({ kind: 'scope', label: '国' });
  });

  it("a column's year comes from its caption, and its bracketed unit is the column's", () => {
    const caption = ['表2 2025年市重点建设实施项目分行业领域安排'];
    const yi = { id: '亿元', zh: '亿元' };
    expect(labelFactDisagreement('2025年计划投资额(亿元)', caption, yi)).toBeUndefined();
    expect(labelFactDisagreement('2024年计划投资额(亿元)', caption, yi)).toEqual({ kind: 'number', label: '2024年' });
    expect(labelFactDisagreement('计划投资额(万元)', caption, yi)).toEqual({ kind: 'unit', label: '万元' });
    expect(labelFactDisagreement('项目数(个)', caption, { id: '个', zh: '个' })).toBeUndefined();
    expect(labelFactDisagreement('占比(%)', caption, { id: '%', zh: '%' })).toBeUndefined();
    // Words in brackets that are no unit are not a unit.
    expect(labelFactDisagreement('计划投资额(含续建)', caption, yi)).toBeUndefined();
  });
});

describe('ranks and English wording (issue 28, twelfth pass)', () => {
  it('a standing (第一方阵, 第一梯队, 前十) is no position: "first in the city" for it is an error', () => {
    expect(compare('ranked first in the city', '全年主要经济指标稳居全市第一方阵')).toEqual({
      kind: 'rank',
      english: 'first in the city',
      chinese: '全市第一方阵',
    });
    expect(compare('first in the city', '稳居全市第一梯队')).toMatchObject({ kind: 'rank' });
    expect(compare('tenth in the city', '位居全市前十')).toMatchObject({ kind: 'rank' });
    expect(compare('in the first tier of the city', '稳居全市第一方阵')).toBeUndefined();
    // 连续四年第一: an ordinal without a noun after it is still a position.
    expect(compare('first in the city for four years running', '全市评比中连续四年第一')).toBeUndefined();
  });
});

describe('Chinese numerals that name, and tenths (issue 28, twelfth pass)', () => {
  it('十四五 names the 14th Five-Year Plan: no figure 55 (10 + 45)', () => {
    expect(compare('the 14th Five-Year Plan', '“十四五”规划目标任务')).toBeUndefined();
    expect(compare('the 15th Five-Year Plan period', '“十五五”时期')).toBeUndefined();
    expect(compare('the 13th Five-Year Plan', '“十四五”规划')).toMatchObject({ kind: 'ordinal', english: '13th' });
    expect(compare('55 targets', '“十四五”规划')).toMatchObject({ kind: 'number', english: '55' });
    expect(compare('59 targets', '“十四五”规划')).toMatchObject({ kind: 'number', english: '59' });
    // Numerals that are numbers are still read: 二〇二四, 一百零五, 十五.
    expect(compare('in 2024', '二〇二四年')).toBeUndefined();
    expect(compare('105 firms', '一百零五家')).toBeUndefined();
    expect(compare('15 firms', '十五家')).toBeUndefined();
  });

  it('三成 is 30%', () => {
    expect(compare('over 30% of firms', '超三成企业')).toBeUndefined();
    expect(compare('over 40% of firms', '超三成企业')).toMatchObject({ kind: 'number', english: '40' });
    expect(compare('30 firms', '建成企业平台')).toMatchObject({ kind: 'number' });
  });
});

describe('superlatives and places are ranks (issue 28, twelfth pass)', () => {
  it('"the fastest in the city", "topped the city", "highest in the province" state a position and a scope', () => {
    expect(compare('growth was the fastest in the city', '增速列全市第一')).toBeUndefined();
    expect(compare('growth was the fastest in the city', '增速列全市第二')).toMatchObject({ kind: 'rank', chinese: '全市第二' });
    expect(compare('growth was the fastest in the province', '增速列全市第一')).toMatchObject({ kind: 'rank' });
    expect(compare('investment topped the city', '投资增速列全市第一')).toBeUndefined();
    expect(compare('investment topped the province', '投资增速列全市第一')).toMatchObject({ kind: 'rank' });
    expect(compare('the highest share in the province', '占比全省第一')).toBeUndefined();
    expect(compare('the largest economy in the province', '总量全市第一')).toMatchObject({ kind: 'rank' });
    expect(compare('the second-fastest growth in the city', '增速列全市第二')).toBeUndefined();
    expect(compare('the second-fastest growth in the city', '增速列全市第三')).toMatchObject({ kind: 'rank' });
    // A superlative that names no scope and no ordinal ranks nothing.
    expect(compare('the largest project', '最大的项目')).toBeUndefined();
  });

  it('"second-fastest" with no scope needs a rank of position 2, not any 2 of the Chinese', () => {
    expect(compare('the second-fastest growth', '增速列全市第二')).toBeUndefined();
    expect(compare('the second-fastest growth', '增速列全市第一，新增企业2家')).toMatchObject({
      kind: 'rank',
      english: 'second-fastest',
    });
  });

  it("a rank's place must be its scope and one of the edition's places", () => {
    expect(compare('first in Demo City', '列全市第一')).toBeUndefined();
    expect(compare('first in Demo City', '列全省第一')).toMatchObject({ kind: 'rank' });
    expect(compare('first in Otherland', '列全省第一')).toEqual({ kind: 'place', english: 'first in Otherland', chinese: 'Otherland' });
    expect(compare('the fastest in Otherland', '增速列全市第一')).toMatchObject({ kind: 'place' });
    const withProvince: PlaceNames = { ...places, province: { zh: '样省', en: 'Yang Province' } };
    const inProvince = (en: string, zh: string) =>
      englishFactDisagreement(readEnglishFacts(en, withProvince), readChineseFacts(zh, withProvince));
    expect(inProvince('first in Yang', '列全省第一')).toBeUndefined();
    expect(inProvince('first in Yang', '列全市第一')).toMatchObject({ kind: 'rank' });
  });
});

describe('digits joined to letters are numbers (issue 28, twelfth pass)', () => {
  it('"RMB99 million" and "FY2027" state 99 million and 2027', () => {
    expect(compare('RMB99 million', '投资1亿元')).toMatchObject({ kind: 'number', english: '99 million' });
    expect(compare('RMB99 million', '投资9900万元')).toBeUndefined();
    expect(compare('RMB99 million', '投资9900万美元')).toMatchObject({ kind: 'unit', english: 'yuan' });
    expect(compare('the FY2027 target', '2026年目标')).toMatchObject({ kind: 'number', english: '2027' });
    expect(compare('the FY2027 target', '2027年目标')).toBeUndefined();
  });
});

describe('verbs of change go the way of the Chinese (issue 28, twelfth pass)', () => {
  it('"fell" for 增长 and "grew" for 下降 are errors; a negative figure is a decline', () => {
    expect(compare('Output fell 4.0%', '实现地区生产总值增长4.0%')).toEqual({ kind: 'direction', english: 'fell', chinese: '增长' });
    expect(compare('Output grew 4.0%', '实现地区生产总值增长4.0%')).toBeUndefined();
    expect(compare('Energy use grew 2.0%', '能耗下降2.0%')).toMatchObject({ kind: 'direction', english: 'grew' });
    expect(compare('Energy use fell 2.0%', '能耗下降2.0%')).toBeUndefined();
    expect(compare('Exports fell 2.0%', '出口增长-2.0%')).toBeUndefined();
    // Both directions in the Chinese: either verb may be its.
    expect(compare('Output grew while energy use fell 2.0%', '增长4.0%，能耗下降2.0%')).toBeUndefined();
    // Where the Chinese states no change, the English verb is not checked.
    expect(compare('Output fell', '地区生产总值')).toBeUndefined();
  });
});
