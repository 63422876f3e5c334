import { describe, expect, it } from 'vitest';
import { chinesePunctuation, englishQuotes } from '../../src/brief/typography.js';
import { justifiedUnits } from '../../src/brief/justify.js';

describe('Chinese punctuation (GB/T 15834) at render time', () => {
  it('makes punctuation beside Chinese full-width and drops Latin spacing around it', () => {
    expect(chinesePunctuation('全区实现地区生产总值(GDP)2887.8亿元,增长5.0%;实现"千项万亿"工程.')).toBe(
      '全区实现地区生产总值（GDP）2887.8亿元，增长5.0%；实现“千项万亿”工程。',
    );
    expect(chinesePunctuation('数字经济核心产业增加值 2017.5亿元, +4.2%')).toBe('数字经济核心产业增加值2017.5亿元，+4.2%');
    expect(chinesePunctuation('的报告. 杭州市滨江区人民政府')).toBe('的报告。杭州市滨江区人民政府');
    expect(chinesePunctuation('资料来源:报告')).toBe('资料来源：报告');
    expect(chinesePunctuation('集成电路集群营收 (居全省第一)')).toBe('集成电路集群营收（居全省第一）');
    expect(chinesePunctuation('是否完成? 是!')).toBe('是否完成？是！');
  });

  it('keeps punctuation inside numbers and Latin runs half-width', () => {
    expect(chinesePunctuation('合计1,288.78亿元')).toBe('合计1,288.78亿元');
    expect(chinesePunctuation('会议9:30开始')).toBe('会议9:30开始');
    expect(chinesePunctuation('引用 Smith, J. (2024) 一文')).toBe('引用 Smith, J. (2024) 一文');
  });

  it('leaves no space between a Chinese character and a digit', () => {
    expect(chinesePunctuation('增长 5.0%')).toBe('增长5.0%');
    expect(chinesePunctuation('第 3 页 / 共 17 页')).toBe('第3页 / 共17页');
  });

  it('leaves text without Chinese alone', () => {
    expect(chinesePunctuation('GDP, CPI (est.): 5.0%')).toBe('GDP, CPI (est.): 5.0%');
  });
});

describe('a blank table cell in the Chinese brief', () => {
  it('is marked with the Chinese dash "—", not the Latin en dash that the templates write', () => {
    expect(chinesePunctuation('–')).toBe('—');
    // A dash inside text (a status sign, a range) is left as it is.
    expect(chinesePunctuation('– 价格口径不同')).toBe('– 价格口径不同');
  });
});

describe('English quotes', () => {
  it('are typographic', () => {
    expect(englishQuotes('the "BINGO Binjiang Shopping" events')).toBe('the “BINGO Binjiang Shopping” events');
    expect(englishQuotes("the 2024 plan's implementation, 'Two News'")).toBe('the 2024 plan’s implementation, ‘Two News’');
  });
});

describe('units of a justified Chinese line', () => {
  it('spread between Chinese characters and keep numbers and Latin words whole', () => {
    expect(justifiedUnits('总值（GDP）2887.8亿元')).toEqual([
      { text: '总值（', spread: true },
      { text: 'GDP', spread: false },
      { text: '）', spread: true },
      { text: '2887.8', spread: false },
      { text: '亿元', spread: true },
    ]);
  });
});
