import { describe, expect, it } from 'vitest';
import {
  boundDisagreement,
  decimalsDisagreement,
  declineDisagreement,
  earlierYearDisagreement,
  estimateDisagreement,
  rankMeasureDisagreement,
  rankMeasureLabelDisagreement,
  relativeDisagreement,
  striveDisagreement,
  unitAgrees,
  unitDisagreement,
} from '../../src/validate/phrase-claims.js';
import { readPhrase } from '../../src/validate/phrase-words.js';

const w = readPhrase;

describe('bound words and the bound / qualifier field', () => {
  it('60家以上 needs bound at-least (the Binjiang target that said "strive for 60")', () => {
    expect(boundDisagreement(w('力争新认定市级以上研发载体60家以上'), 60, '家', undefined, 'bound')).toEqual({
      word: '以上',
      field: 'bound',
      expected: 'at-least',
      actual: '(absent)',
    });
    expect(boundDisagreement(w('力争新认定市级以上研发载体60家以上'), 60, '家', 'at-least', 'bound')).toBeUndefined();
  });

  it('超100% needs over, not at-least', () => {
    expect(boundDisagreement(w('力争全年计划投资完成率超100%'), 100, '%', 'at-least', 'bound')).toMatchObject({
      word: '超',
      expected: 'over',
      actual: 'at-least',
    });
  });

  it('a figure qualifier: 超48万人 over; 500余场 over', () => {
    expect(boundDisagreement(w('全区人才总量超48万人'), 48, '万人', 'over', 'qualifier')).toBeUndefined();
    expect(boundDisagreement(w('举办各类全民健身赛事活动500余场'), 500, '场', undefined, 'qualifier')).toMatchObject({
      word: '余',
      field: 'qualifier',
    });
  });

  it('a bound the phrase does not state is a disagreement too (the field claims more than the source)', () => {
    expect(boundDisagreement(w('新引进人才数4万人'), 4, '万人', 'at-least', 'bound')).toEqual({
      word: '',
      field: 'bound',
      expected: '(absent)',
      actual: 'at-least',
    });
  });

  it('以上 not attached to the number asks for nothing', () => {
    expect(boundDisagreement(w('争取落地亿元以上项目50个'), 50, '个', undefined, 'bound')).toBeUndefined();
  });

  it('a list member takes the shared word: 80%、90%左右 are both about', () => {
    const phrase = w('工业战略性新兴产业增加值、高新技术产业增加值分别占规上工业增加值比重80%、90%左右');
    expect(boundDisagreement(phrase, 80, '%', undefined, 'bound')).toMatchObject({ word: '左右', expected: 'about' });
    expect(boundDisagreement(phrase, 80, '%', 'about', 'bound')).toBeUndefined();
  });

  it('the occurrence with the unit decides: 1亿美元以上外资项目1个 states 1个 with no bound', () => {
    expect(boundDisagreement(w('全年招引1亿美元以上外资项目1个'), 1, '个', undefined, 'bound')).toBeUndefined();
  });

  it('a value the phrase does not hold is left to the phrase check', () => {
    expect(boundDisagreement(w('引进首店10家以上'), 12, '家', undefined, 'bound')).toBeUndefined();
  });
});

describe('strive words', () => {
  it('力争 needs strive: true, and strive: true needs 力争 or 争取', () => {
    expect(striveDisagreement(w('力争获批超长期特别国债、中央预算内投资、地方政府专项债8亿元以上'), 8, '亿元', false)).toEqual({
      word: '力争',
      field: 'strive',
      expected: 'true',
      actual: '(absent)',
    });
    expect(striveDisagreement(w('力争入选省市重大项目53个'), 53, '个', true)).toBeUndefined();
    expect(striveDisagreement(w('10亿元以上项目5个'), 5, '个', true)).toMatchObject({ word: '', expected: '(absent)', actual: 'true' });
  });
});

describe('relative words', () => {
  it('与经济增长同步 needs a relative target in step', () => {
    expect(relativeDisagreement(w('一般公共预算收入增长与经济增长同步'), { kind: 'qualitative' })).toEqual({
      word: '同步',
      field: 'kind',
      expected: 'relative',
      actual: 'qualitative',
    });
    expect(relativeDisagreement(w('一般公共预算收入增长与经济增长同步'), { kind: 'relative', relation: 'in-step' })).toBeUndefined();
    expect(relativeDisagreement(w('一般公共预算收入增长与经济增长同步'), { kind: 'relative', relation: 'faster' })).toMatchObject({
      word: '同步',
      field: 'relation',
      expected: 'in-step',
    });
  });

  it('a relative target needs a relative word; other targets need none', () => {
    expect(relativeDisagreement(w('地区生产总值增长5.6%'), { kind: 'relative', relation: 'faster' })).toMatchObject({ word: '' });
    expect(relativeDisagreement(w('地区生产总值增长5.6%'), { kind: 'numeric' })).toBeUndefined();
  });
});

describe('decline words', () => {
  it('下降2.0% with a positive 2.0 is reported; −2.0 is not', () => {
    expect(declineDisagreement(w('下降2.0%'), 2, '%')).toMatchObject({ change: { word: '下降' } });
    expect(declineDisagreement(w('下降2.0%'), -2, '%')).toBeUndefined();
    expect(declineDisagreement(w('增长2.0%'), 2, '%')).toBeUndefined();
  });

  it('a shared decline word counts: 分别下降2.0%、18.4%', () => {
    expect(declineDisagreement(w('工业、建筑业分别下降2.0%、18.4%'), 18.4, '%')).toMatchObject({ change: { word: '下降', shared: true } });
  });
});

describe('rank measure words', () => {
  it('占比全市第一 with measure total is reported, with share it is not', () => {
    const phrase = w('占GDP比重69.9%、占比全市第一');
    expect(rankMeasureDisagreement(phrase, { measure: 'total', scope: 'city', position: 1 })).toEqual({
      word: '占比',
      field: 'measure',
      expected: 'share',
      actual: 'total',
    });
    expect(rankMeasureDisagreement(phrase, { measure: 'share', scope: 'city', position: 1 })).toBeUndefined();
  });

  it('总量、增速分别列全市第一、第二 pairs in order', () => {
    const phrase = w('实现规上工业增加值913.2亿元、增长6.0%,总量、增速分别列全市第一、第二');
    expect(rankMeasureDisagreement(phrase, { measure: 'total', scope: 'city', position: 1 })).toBeUndefined();
    expect(rankMeasureDisagreement(phrase, { measure: 'growth', scope: 'city', position: 2 })).toBeUndefined();
    expect(rankMeasureDisagreement(phrase, { measure: 'total', scope: 'city', position: 2 })).toMatchObject({
      word: '增速',
      expected: 'growth',
    });
  });

  it('规模及完成进度均列全市第一 accepts total and other', () => {
    const phrase = w('全区实现实际利用外资13.1亿美元,规模及完成进度均列全市第一');
    expect(rankMeasureDisagreement(phrase, { measure: 'total', scope: 'city', position: 1 })).toBeUndefined();
    expect(rankMeasureDisagreement(phrase, { measure: 'other', measureLabel: '完成进度', scope: 'city', position: 1 })).toBeUndefined();
    expect(rankMeasureDisagreement(phrase, { measure: 'growth', scope: 'city', position: 1 })).toMatchObject({ word: '规模' });
  });

  // Issue 28, tenth pass: measureLabel was free text; the reports print it as the rank's measure.
  it('a measureLabel is words of the measure its statement ranks by, for measure other only', () => {
    const text = '全区实现实际利用外资13.1亿美元,规模及完成进度均列全市第一';
    const phrase = w(text);
    const other = (measureLabel: string) => ({ measure: 'other' as const, measureLabel, scope: 'city' as const, position: 1 });
    expect(rankMeasureLabelDisagreement(phrase, text, other('完成进度'))).toBeUndefined();
    expect(rankMeasureLabelDisagreement(phrase, text, other('进度'))).toBeUndefined();
    // Words of the phrase, but not what the rank is by: 外资 is what is measured, 规模 the other rank's measure.
    expect(rankMeasureLabelDisagreement(phrase, text, other('实际利用外资'))).toEqual({
      word: '完成进度',
      field: 'measureLabel',
      expected: 'words of 完成进度',
      actual: '实际利用外资',
    });
    expect(rankMeasureLabelDisagreement(phrase, text, other('增速'))).toMatchObject({ field: 'measureLabel', actual: '增速' });
    // The reports name total, growth, share and per-capita themselves: a label there is never shown.
    expect(rankMeasureLabelDisagreement(phrase, text, { measure: 'total', measureLabel: '规模', scope: 'city', position: 1 })).toEqual({
      word: '',
      field: 'measureLabel',
      expected: '(absent)',
      actual: '规模',
    });
  });

  it('where the statement reads no measure, a measureLabel is words of the statement', () => {
    const text = '全市义务教育段学生体质健康抽测成绩再获第一';
    const phrase = w(text);
    const rank = (measureLabel: string) => ({ measure: 'other' as const, measureLabel, scope: 'city' as const, position: 1 });
    expect(rankMeasureLabelDisagreement(phrase, text, rank('抽测成绩'))).toBeUndefined();
    expect(rankMeasureLabelDisagreement(phrase, text, rank('中考成绩'))).toEqual({
      word: '',
      field: 'measureLabel',
      expected: 'words of its phrase',
      actual: '中考成绩',
    });
  });

  it('a statement with no measure word constrains nothing', () => {
    expect(rankMeasureDisagreement(w('位列全省第一'), { measure: 'growth', scope: 'province', position: 1 })).toBeUndefined();
  });
});

describe('estimate and earlier-year words', () => {
  it('初步预计 before the number in its clause needs estimate: true', () => {
    const phrase = '地区生产总值初步预计增长5.2%';
    expect(estimateDisagreement(w(phrase), phrase, 5.2, '%', false)).toEqual({
      word: '初步预计',
      field: 'estimate',
      expected: 'true',
      actual: '(absent)',
    });
    expect(estimateDisagreement(w(phrase), phrase, 5.2, '%', true)).toBeUndefined();
  });

  it('a note (预计) right after the number marks it too: 4.2%(预计)', () => {
    const row = '1 | 地区生产总值增速 | 6%左右 | 4.2%(预计) | 98.3% |';
    expect(estimateDisagreement(w(row), row, 4.2, '%', false)).toMatchObject({ word: '预计', field: 'estimate' });
    expect(estimateDisagreement(w(row), row, 6, '%', false)).toBeUndefined();
    expect(estimateDisagreement(w(row), row, 98.3, '%', false)).toBeUndefined();
  });

  it('预计 in another clause or table cell is not about the number', () => {
    const phrase = '实现出口823.09亿元,预计明年增长';
    expect(estimateDisagreement(w(phrase), phrase, 823.09, '亿元', false)).toBeUndefined();
    const row = '1 | GDP | 预计6% | 5.0% |';
    expect(estimateDisagreement(w(row), row, 5, '%', false)).toBeUndefined();
    expect(estimateDisagreement(w(row), row, 6, '%', false)).toMatchObject({ word: '预计' });
  });

  it('错年数据 needs year; (2023年数据) needs year 2023', () => {
    expect(earlierYearDisagreement(w('6 | 全社会R&D经费投入相当于地区生产总值比重(错年数据) | 10%左右 | 9.1% |'), undefined)).toMatchObject(
      {
        word: '错年数据',
        field: 'year',
      },
    );
    expect(earlierYearDisagreement(w('比重(错年数据)'), 2023)).toBeUndefined();
    expect(earlierYearDisagreement(w('研发投入强度9.1%(2023年数据)'), 2022)).toMatchObject({ expected: '2023', actual: '2022' });
    expect(earlierYearDisagreement(w('研发投入强度9.1%(2023年数据)'), 2023)).toBeUndefined();
    expect(earlierYearDisagreement(w('研发投入强度9.1%'), undefined)).toBeUndefined();
  });
});

describe('the unit and the decimals of a cited number', () => {
  const known = [
    { id: '亿元', zh: '亿元' },
    { id: '万元', zh: '万元' },
    { id: '元', zh: '元' },
    { id: '人', zh: '人' },
    { id: '万人', zh: '万人' },
    { id: '百分点', zh: '个百分点' },
    { id: '%', zh: '%' },
    { id: '个', zh: '个' },
  ];

  it("a registered unit must be the data's unit; 个百分点 is the unit 百分点", () => {
    expect(unitAgrees('亿元', '亿元', known)).toBe(true);
    expect(unitAgrees('亿元', '万元', known)).toBe(false);
    expect(unitAgrees('亿元', '元', known)).toBe(false);
    expect(unitAgrees('个百分点', '百分点', known)).toBe(true);
    expect(unitAgrees('%', '百分点', known)).toBe(false);
  });

  it('a word the registry does not know must have the same scale; no unit claims nothing', () => {
    expect(unitAgrees('名', '人', known)).toBe(true);
    expect(unitAgrees('万名', '人', known)).toBe(false);
    expect(unitAgrees('万名', '万人', known)).toBe(true);
    expect(unitAgrees('', '万元', known)).toBe(true);
  });

  it("finds the 10,000× error, and accepts any occurrence in the data's unit or with none", () => {
    expect(unitDisagreement(w('实现地区生产总值(GDP)2887.8亿元'), 2887.8, '万元', known)).toEqual({
      stated: '2887.8亿元',
      phraseUnit: '亿元',
      dataUnit: '万元',
    });
    expect(unitDisagreement(w('1亿美元以上外资项目1个'), 1, '个', known)).toBeUndefined();
    expect(unitDisagreement(w('| 955.9 | 12.0 |'), 955.9, '亿元', known)).toBeUndefined();
    expect(unitDisagreement(w('新引进人才4.2万人'), 4.2, '万人', known)).toBeUndefined();
    expect(unitDisagreement(w('新引进人才4.2万人'), 4.2, '人', known)?.phraseUnit).toBe('万人');
  });

  it('finds a value written with other decimals than the phrase publishes', () => {
    expect(decimalsDisagreement(w('增长5.0%'), 5, '%', 0, known)).toEqual({ stated: '5.0', statedDecimals: 1, dataDecimals: 0 });
    expect(decimalsDisagreement(w('增长5.0%'), 5, '%', 1, known)).toBeUndefined();
    expect(decimalsDisagreement(w('增长5%'), 5, '%', 1, known)?.stated).toBe('5');
    // Another occurrence with the data's decimals is enough: "6% | 5.0%" holds 6 and 5.0.
    expect(decimalsDisagreement(w('目标5%、完成5.0%'), 5, '%', 1, known)).toBeUndefined();
    // Only occurrences in the data's unit count: 5亿元 says nothing of the decimals of 5.0%.
    expect(decimalsDisagreement(w('投资5亿元,增长5.0%'), 5, '%', 1, known)).toBeUndefined();
  });
});
