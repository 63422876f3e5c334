import { describe, expect, it } from 'vitest';
import { walkEdition } from '../../src/dataset/walk.js';
import { occurrencesOf, ordinalValue, type PhraseNumber, readPhrase } from '../../src/validate/phrase-words.js';
import { defaultDataDir, validateDir } from '../helpers.js';

/** The words attached to each number of a phrase, compactly: "80% about(shared)". */
function attached(n: PhraseNumber): string {
  const parts = [`${n.text}${n.unit}`];
  if (n.change) parts.push(`${n.change.direction}${n.change.shared ? '(shared)' : ''}:${n.change.word}`);
  if (n.bound) parts.push(`${n.bound.bound}${n.bound.shared ? '(shared)' : ''}:${n.bound.word}`);
  if (n.strive) parts.push(`strive:${n.strive.word}`);
  return parts.join(' ');
}
const numbers = (phrase: string) => readPhrase(phrase).numbers.map(attached);

describe('bound words attached to a number (phrases of the Binjiang 2025 report)', () => {
  it.each([
    ['全区人才总量超48万人', ['48万人 over:超']],
    ['跨境支付结算规模突破3000亿元', ['3000亿元 over:突破']],
    ['举办各类全民健身赛事活动500余场', ['500场 over:余']],
    ['全年完成电梯更新不少于500台', ['500台 at-least:不少于']],
    ['全年助餐(含配送餐)累计次数不少于80万人次', ['80万人次 at-least:不少于']],
    ['引进首店10家以上', ['10家 at-least:以上']],
    ['固定资产投资区内300亿元以上', ['300亿元 at-least:以上']],
    ['幼儿园开设托班比例75%以上', ['75% at-least:以上']],
    ['新引进各类人才4万人以上', ['4万人 at-least:以上']],
    ['跨境电商出口增长20%以上', ['20% rise:增长 at-least:以上']],
    ['6 | 全社会R&D经费投入相当于地区生产总值比重(错年数据) | 10%左右 | 9.1% |', ['6', '10% about:左右', '9.1%']],
    ['市级以上高层次人才约2.9万人', ['2.9万人 about:约']],
    ['带动促进进出口交易额近15亿元', ['15亿元 about:近']],
    ['惠企1万余户次', ['1万户次 over:余']],
    ['新增外贸订单超120亿元', ['120亿元 over:超']],
    ['地方政府专项债项目23个、资金需求超15亿元', ['23个', '15亿元 over:超']],
  ])('%s', (phrase, expected) => {
    expect(numbers(phrase)).toEqual(expected);
  });

  it('a list shares the bound word after its last member: 80%、90%左右 are both about', () => {
    expect(numbers('工业战略性新兴产业增加值、高新技术产业增加值分别占规上工业增加值比重80%、90%左右')).toEqual([
      '80% about(shared):左右',
      '90% about:左右',
    ]);
  });

  it('a list shares the change word before its first member', () => {
    expect(numbers('工业、高新产业、制造业投资分别增长13.9%、11.7%、13.0%')).toEqual([
      '13.9% rise:增长',
      '11.7% rise(shared):增长',
      '13.0% rise(shared):增长',
    ]);
  });

  it('numbers with other words between them are not a list: 续建14条 has no word of 12条', () => {
    expect(numbers('开工新建道路12条、续建14条')).toEqual(['12条', '14条']);
    expect(numbers('超6个、续建14条')).toEqual(['6个 over:超', '14条']);
  });

  it('a list member with its own bound word keeps it and ends the list', () => {
    expect(numbers('分别达10%以上、20%左右')).toEqual(['10% at-least:以上', '20% about:左右']);
  });

  it('a list holds numbers of one unit, and shares a trailing word only at the end of its clause', () => {
    expect(numbers('落地项目50个、10亿元以上')).toEqual(['50个', '10亿元 at-least:以上']);
    expect(numbers('占比分别为80%、90%以上的企业')).toEqual(['80%', '90% at-least:以上']);
    expect(numbers('占比分别为80%、90%以上,其余')).toEqual(['80% at-least(shared):以上', '90% at-least:以上']);
  });

  it('以上 after a word that is not the number belongs to no number', () => {
    expect(numbers('力争新认定市级以上研发载体60家以上')).toEqual(['60家 at-least:以上 strive:力争']);
    expect(numbers('争取落地亿元以上项目50个')).toEqual(['50个 strive:争取']);
    expect(numbers('引育亿元以上商贸流通项目5个')).toEqual(['5个']);
    expect(numbers('拥有市级及以上孵化载体143家')).toEqual(['143家']);
    expect(numbers('淘汰国四及以下柴油货车133辆')).toEqual(['133辆']);
  });

  it('以上 after a threshold number binds that number, not the count after it', () => {
    expect(numbers('10亿元以上项目5个')).toEqual(['10亿元 at-least:以上', '5个']);
    expect(numbers('全年招引1亿美元以上外资项目1个')).toEqual(['1亿美元 at-least:以上', '1个']);
    expect(numbers('新引进35周岁以下大学生6.5万人')).toEqual(['35周岁 at-most:以下', '6.5万人']);
  });

  it('超 not before a number is no bound: 超长期', () => {
    expect(numbers('力争获批超长期特别国债、中央预算内投资、地方政府专项债8亿元以上')).toEqual(['8亿元 at-least:以上 strive:力争']);
    expect(numbers('获批“两重”“两新”超长期特别国债项目4个、资金3.25亿元')).toEqual(['4个', '3.25亿元']);
  });

  it('at-most words: 不超过, 不高于 before, 以内 after', () => {
    expect(numbers('城镇调查失业率控制在5.5%以内')).toEqual(['5.5% at-most:以内']);
    expect(numbers('单位GDP能耗不超过0.3吨标准煤')).toEqual(['0.3吨 at-most:不超过']);
    expect(numbers('居民消费价格涨幅不高于3%')).toEqual(['3% at-most:不高于']);
  });

  it('a number with no words', () => {
    expect(numbers('实际利用外资9亿美元')).toEqual(['9亿美元']);
    expect(numbers('筹集保障性租赁住房3148套(间)')).toEqual(['3148套']);
  });
});

describe('strive words', () => {
  it('apply to every number after them in the clause, across 、', () => {
    expect(numbers('力争全年计划投资完成率超100%')).toEqual(['100% over:超 strive:力争']);
    expect(numbers('力争新立项市级及以上科技计划项目不少于40项')).toEqual(['40项 at-least:不少于 strive:力争']);
    expect(numbers('争取落地亿元以上项目50个、10亿元以上项目5个')).toEqual([
      '50个 strive:争取',
      '10亿元 at-least:以上 strive:争取',
      '5个 strive:争取',
    ]);
  });

  it('end at a clause break (，,；;。 or a table cell), not before the word', () => {
    expect(numbers('力争入选省市重大项目53个,新增12个')).toEqual(['53个 strive:力争', '12个']);
    expect(numbers('2 | 固定资产投资 | 区内 | 力争300亿元 | 337.1亿元 |')).toEqual(['2', '300亿元 strive:力争', '337.1亿元']);
    expect(numbers('新增12个,力争入选')).toEqual(['12个']);
  });
});

describe('change words: declines and rises', () => {
  it('下降2.0% states −2.0', () => {
    const [n] = readPhrase('地区生产总值下降2.0%').numbers;
    expect(n).toMatchObject({ value: 2, stated: -2, change: { word: '下降', direction: 'decline' } });
  });

  it.each([
    ['比上年下降了18.4%', -18.4],
    ['规上工业增加值减少3.1%', -3.1],
    ['进出口总额回落5%', -5],
    ['利润总额下滑12.5%', -12.5],
    ['单位能耗降低2%', -2],
    ['增长5.0%', 5],
    ['提高1.2个百分点', 1.2],
  ])('%s states %d', (phrase, stated) => {
    expect(readPhrase(phrase).numbers[0]?.stated).toBe(stated);
  });

  it('a percentage-point change carries its unit', () => {
    expect(numbers('研发投入强度提高1.2个百分点')).toEqual(['1.2个百分点 rise:提高']);
  });

  it('a decline list shares its word: 分别下降2.0%、18.4%', () => {
    expect(readPhrase('工业、建筑业分别下降2.0%、18.4%').numbers.map((n) => n.stated)).toEqual([-2, -18.4]);
  });

  it('下降至 / 提升至 / 降为 state the level reached, not a change', () => {
    expect(readPhrase('线下零跑率提升至95.15%').numbers[0]).toMatchObject({ stated: 95.15 });
    expect(readPhrase('线下零跑率提升至95.15%').numbers[0]?.change).toBeUndefined();
    expect(readPhrase('失业率下降到3.1%').numbers[0]?.stated).toBe(3.1);
    expect(readPhrase('能耗降为3%').numbers[0]?.change).toBeUndefined();
  });

  it('a change word and a bound word compose: 增长超10%, 下降约2%', () => {
    expect(numbers('增长超10%')).toEqual(['10% rise:增长 over:超']);
    expect(numbers('下降约2%')).toEqual(['2% decline:下降 about:约']);
  });

  it('a decline word elsewhere in the phrase does not touch the number', () => {
    expect(readPhrase('成本下降明显,利润增长8%').numbers.map((n) => n.stated)).toEqual([8]);
    expect(readPhrase('增加值2017.5亿元').numbers[0]?.change).toBeUndefined();
  });
});

describe('relative words', () => {
  it('与经济增长同步 is in step with 经济增长', () => {
    expect(readPhrase('一般公共预算收入增长与经济增长同步').relatives).toEqual([
      { word: '同步', at: 15, relation: 'in-step', against: '经济增长' },
    ]);
    expect(readPhrase('5 | 居民人均可支配收入 | 与经济增长同步 | 85734元,3.0% |').relatives).toMatchObject([
      { relation: 'in-step', against: '经济增长' },
    ]);
  });

  it('快于 and 高于 before words are faster; 不低于 before words is in step', () => {
    expect(readPhrase('服务业增加值增速快于全市平均').relatives).toMatchObject([{ word: '快于', relation: 'faster', against: '全市平均' }]);
    expect(readPhrase('居民收入增长高于经济增长').relatives).toMatchObject([{ word: '高于', relation: 'faster', against: '经济增长' }]);
    expect(readPhrase('居民收入增长不低于经济增速').relatives).toMatchObject([{ word: '不低于', relation: 'in-step' }]);
  });

  it('不低于 before a number is a bound, not a relation', () => {
    const words = readPhrase('研发投入增长不低于10%');
    expect(words.relatives).toEqual([]);
    expect(words.numbers.map(attached)).toEqual(['10% rise:增长 at-least:不低于']);
  });

  it('phrases with no relative word have none: 同步 saying how work is done is none', () => {
    expect(readPhrase('地区生产总值增长5.6%').relatives).toEqual([]);
    expect(readPhrase('落地中新“一次申报、同步录入”通关模式').relatives).toEqual([]);
    expect(readPhrase('与城市更新同步推进').relatives).toEqual([]);
  });
});

describe('rank statements', () => {
  const ranks = (phrase: string) =>
    readPhrase(phrase).ranks.map(
      (r) => `${r.measure ?? '-'}${r.measureWord ? `:${r.measureWord}` : ''} ${r.scope} ${r.position ?? r.top ?? '前列'}`,
    );

  it.each([
    ['实现地区生产总值(GDP)2887.8亿元、总量列全市第二,增长5.0%、增速列全市第六', ['total:总量 city 2', 'growth:增速 city 6']],
    ['实现规上工业增加值913.2亿元、增长6.0%,总量、增速分别列全市第一、第二', ['total:总量 city 1', 'growth:增速 city 2']],
    ['占GDP比重69.9%、占比全市第一', ['share:占比 city 1']],
    ['全区实现实际利用外资13.1亿美元,规模及完成进度均列全市第一', ['total:规模 city 1', 'other:完成进度 city 1']],
    ['其中新设企业2.1万家、数量居全市第一', ['total:数量 city 1']],
    ['新增上市企业2家,累计达74家、总量居全省第一', ['total:总量 province 1']],
    ['实现含特别合作区(园)投资414.8亿元、增长5.3%,增速列全市第一', ['growth:增速 city 1']],
    ['全年实现集成电路集群营收298.2亿元、同比增长25.8%,位列全省第一', ['- province 1']],
    ['认定市级总部企业118家、全市第一', ['- city 1']],
    ['有效国高企数达2930家,创历史新高,全省第二', ['- province 2']],
    ['全社会R&D经费投入相当于地区生产总值比重保持9.1%、居全省第一', ['- province 1']],
    [
      '发明专利授权量8766件、每万人有效发明专利拥有量856件、每万人高价值发明专利拥有量467件、PCT国际专利申请量819件,均保持全省第一',
      ['- province 1'],
    ],
    ['城镇居民人均可支配收入保持全省前列', ['per-capita:人均 province 前列']],
    ['人均地区生产总值居全省第3', ['per-capita:人均 province 3']],
    ['增速保持全国前三', ['growth:增速 nation 3']],
    ['全区第十二', ['- district 12']],
    // Rank targets and the positions their results state (issue 31): 第N位, 前N位, 前N名, 首位, Chinese numerals.
    ['保持全市前3位', ['- city 3']],
    ['8.7%,列全市第2位', ['- city 2']],
    ['保持全省首位', ['- province 1']],
    ['位居全国前十名', ['- nation 10']],
    ['增速居全市第一名', ['growth:增速 city 1']],
    ['总量列全区第十二位', ['total:总量 district 12']],
    ['争创全省前二十', ['- province 20']],
    // A position ending its clause, its scope earlier in the clause: the rank of that scope, measure unread.
    ['全市义务教育段学生体质健康抽测成绩再获第一', ['- city 1']],
    ['入选全国独角兽企业12家、列国家高新区第四', ['- nation 4']],
    // Not a rank: an ordinal naming a group or an event, a scope in another clause.
    ['第一工业综合体正式开园,入驻专精特新企业17家', []],
    ['全市新设企业2.1万家,第二期工业综合体稳步建设', []],
    ['全市新设企业2.1万家,获评第二', []],
  ])('%s', (phrase, expected) => {
    expect(ranks(phrase)).toEqual(expected);
  });

  it('an ordinal naming a group is no rank: 第一方阵, 第一序列', () => {
    expect(ranks('全年主要经济指标稳居全市第一方阵')).toEqual([]);
    expect(ranks('营商环境无感监测继续保持全省第一序列')).toEqual([]);
  });

  it('前三 is a top, not a position', () => {
    expect(readPhrase('增速保持全国前三').ranks[0]).toMatchObject({ top: 3, scope: 'nation' });
    expect(readPhrase('增速保持全国前三').ranks[0]?.position).toBeUndefined();
  });

  it('首位 is position 1; 前3位 and 前十名 are tops, not positions', () => {
    expect(readPhrase('保持全省首位').ranks[0]).toMatchObject({ position: 1, scope: 'province', text: '保持全省首位' });
    expect(readPhrase('保持全市前3位').ranks[0]).toMatchObject({ top: 3, scope: 'city' });
    expect(readPhrase('保持全市前3位').ranks[0]?.position).toBeUndefined();
    expect(readPhrase('位居全国前十名').ranks[0]).toMatchObject({ top: 10, scope: 'nation' });
    // 前列 names no place at all.
    expect(readPhrase('保持全省前列').ranks[0]).toMatchObject({ scope: 'province' });
    expect(readPhrase('保持全省前列').ranks[0]?.top).toBeUndefined();
    expect(readPhrase('保持全省前列').ranks[0]?.position).toBeUndefined();
  });

  it('reads Chinese and Arabic ordinals', () => {
    expect([
      ordinalValue('一'),
      ordinalValue('十'),
      ordinalValue('十二'),
      ordinalValue('二十'),
      ordinalValue('九十九'),
      ordinalValue('7'),
    ]).toEqual([1, 10, 12, 20, 99, 7]);
    expect(ordinalValue('十十')).toBeUndefined();
  });
});

describe('estimate and earlier-year words', () => {
  it('finds 预计, 初步预计 and 预估 once each', () => {
    expect(readPhrase('地区生产总值初步预计增长5.2%').estimates).toEqual([{ word: '初步预计', at: 6 }]);
    expect(readPhrase('预计实现年产商用车1万辆').estimates).toEqual([{ word: '预计', at: 0 }]);
    expect(readPhrase('全年预估完成投资300亿元').estimates.map((w) => w.word)).toEqual(['预估']);
    expect(readPhrase('实现地区生产总值2887.8亿元').estimates).toEqual([]);
  });

  it('finds 错年数据 and a year note such as (2023年数据)', () => {
    expect(readPhrase('6 | 全社会R&D经费投入相当于地区生产总值比重(错年数据) | 10%左右 | 9.1% |').earlierYears).toMatchObject([
      { word: '错年数据' },
    ]);
    expect(readPhrase('研发投入强度9.1%（2023年数据）').earlierYears).toMatchObject([{ word: '（2023年数据）', year: 2023 }]);
    expect(readPhrase('2024年实现地区生产总值2887.8亿元').earlierYears).toEqual([]);
  });
});

describe('occurrencesOf', () => {
  it('finds a negative figure only after a decline word', () => {
    expect(occurrencesOf('地区生产总值下降2.0%', -2)).toHaveLength(1);
    expect(occurrencesOf('地区生产总值增长2.0%', -2)).toHaveLength(0);
  });

  it('prefers the occurrence with the figure’s unit', () => {
    const found = occurrencesOf('全年招引1亿美元以上外资项目1个', 1, '个');
    expect(found.map(attached)).toEqual(['1个']);
    expect(occurrencesOf('全年招引1亿美元以上外资项目1个', 1).map(attached)).toEqual(['1亿美元 at-least:以上', '1个']);
  });

  it('a number in another known unit is another quantity; a number with no known unit may be the one', () => {
    expect(occurrencesOf('建设停车场10个、停车位9647个', 10, '家')).toEqual([]);
    expect(occurrencesOf('全年招引2亿美元以上外资项目1个', 2, '个')).toEqual([]);
    expect(occurrencesOf('先进制造业基地领域 | 33 | 955.9 | 36.4 |', 955.9, '亿元').map(attached)).toEqual(['955.9']);
    expect(occurrencesOf('研发投入强度提高1.2个百分点', 1.2, '百分点').map(attached)).toEqual(['1.2个百分点 rise:提高']);
  });
});

describe('every cited phrase of the default edition', () => {
  const edition = validateDir(defaultDataDir).dataset.editions.find((e) => e.folder === 'binjiang-2025');
  const citations = edition ? walkEdition(edition.data).citations : [];

  it('is read without error, and each value it must hold is one of its numbers or ranks', () => {
    expect(citations.length).toBeGreaterThan(100);
    for (const citation of citations) {
      const words = readPhrase(citation.phrase);
      for (const value of citation.values) {
        const found = occurrencesOf(words, value.value).length > 0 || words.ranks.some((r) => r.position === value.value);
        expect(found, `${value.field} ${value.value} in "${citation.phrase}"`).toBe(true);
      }
    }
  });
});
