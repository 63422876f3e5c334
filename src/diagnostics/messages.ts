/**
 * What the rules' message texts are made with (after vega-lite's log/message.ts and Zod's locales):
 * a message in both languages, labels, numbers and field names as editors read them, and the few
 * messages several rules share. Each rule's own messages are in its definition file
 * (src/diagnostics/rules/<prefix>/<name>.ts, `messages`). Tests compare against these builders,
 * not against copied strings. `npm run validate -- --lang zh-CN` prints the Chinese.
 */
const fmt = (n: number): string => String(Number(n.toFixed(10)));

/** A message in both languages. */
export interface MessageText {
  readonly en: string;
  readonly zh: string;
}

/** A label that may exist in both languages (a table caption) or only one (a field name). */
export type Label = string | { readonly zh: string; readonly en: string };
/** A label in English, or in Chinese (`zh`). */
export const en = (label: Label) => (typeof label === 'string' ? label : label.en);
export const zh = (label: Label) => (typeof label === 'string' ? label : label.zh);

/** A message from its English and its Chinese text. */
export const both = (english: string, chinese: string): MessageText => ({ en: english, zh: chinese });

/** What a data field holds, in Chinese: editors read field names (English keys) explained. */
const fieldNamesZh: Readonly<Record<string, string>> = {
  id: '编号',
  label: '名称',
  value: '数值',
  unit: '单位',
  growth: '增速',
  source: '出处原文',
  target: '目标',
  actual: '实际完成',
  kind: '目标类型',
  section: '领域',
  title: '标题',
  note: '说明',
  text: '文字',
  zh: '中文',
  en: '英文',
  measure: '度量',
  indicator: '指标',
  indicators: '指标列表',
  rows: '行',
  total: '合计',
  caption: '表题',
  projects: '项目数',
  totalInvestment: '总投资',
  annualInvestment: '年度计划投资',
  annualShare: '年度投资占比',
  partOf: '所属总数',
  ratioOf: '比重的分子分母',
  ranks: '排名',
  rank: '排名',
  position: '位次',
  quantity: '数量',
  funding: '资金',
  stages: '阶段',
  reserves: '储备项目',
  tables: '表格',
  qualifier: '限定语',
  rule: '规则编号',
  field: '字段',
  scope: '范围',
  district: '区县',
  city: '城市',
  planYear: '计划年度',
  reviewYear: '回顾年度',
  issuer: '发布机关',
  dataVersion: '数据版本',
  documentType: '文件类型',
  terms: '术语',
  units: '单位',
  knownDiscrepancies: '已知差异',
  main: '主要目标',
  work: '工作目标',
  summary: '摘要',
  highlights: '亮点',
  problems: '问题',
  factor: '换算系数',
  dimension: '量纲',
  group: '分组',
  numerator: '分子',
  denominator: '分母',
};

/** `value(数值)`: the key as written, and what it is. */
export function fieldZh(key: string): string {
  const name = fieldNamesZh[key];
  return name ? `${key}(${name})` : key;
}

/** Messages that several rules share: a finding that follows from others, or one the data acknowledges. */
export const messages = {
  followsFrom: (message: MessageText, figures: readonly { id: string; where: string }[]) =>
    both(
      `${message.en} (follows from ${figures.map((f) => `${f.id} in ${f.where}`).join(' and ')}: if you changed ${figures.length === 1 ? 'it' : 'one of them'}, check this figure too)`,
      `${message.zh}（由 ${figures.map((f) => `${f.where} 中的 ${f.id}`).join(' 和 ')} 引起：如改动了${figures.length === 1 ? '该数据' : '其中之一'}，请一并核对此处）`,
    ),
  acknowledged: (message: MessageText, note: { zh: string; en: string }) =>
    both(`${message.en} Acknowledged in the data: ${note.en}`, `${message.zh}数据中已说明：${note.zh}`),
} as const;

/** Field names of the phrase-word rules, explained in Chinese. */
const wordFieldsZh: Readonly<Record<string, string>> = {
  bound: '界限',
  strive: '力争',
  qualifier: '限定语',
  relation: '比较关系',
  kind: '目标类型',
  measure: '度量',
  estimate: '预计数',
  year: '数据年份',
  growthBasis: '增速价格口径',
  scopeLabel: '排名范围名称',
  measureLabel: '排名指标名称',
  area: '地区范围',
  populationBasis: '人口口径',
  compares: '比较对象',
  growth: '增速',
  change: '变化',
  value: '数值',
  target: '目标',
  actual: '实际完成',
};
/** Values of those fields that are words, in Chinese: (absent) is a field left out. */
const wordValuesZh: Readonly<Record<string, string>> = {
  '(absent)': '(未写)',
  'the year of the data': '数据所属年份',
  'words of its phrase': '原文中的词',
};
const wordValueZh = (value: string): string =>
  wordValuesZh[value] ??
  (value.startsWith('a figure of ')
    ? `${value.slice('a figure of '.length)}的数据`
    : value.startsWith('words of ')
      ? `“${value.slice('words of '.length)}”中的词`
      : value);
/** `bound(界限)`: a field of the phrase-word rules as written, and what it is. */
export function wordFieldZh(key: string): string {
  const name = wordFieldsZh[key];
  return name ? `${key}(${name})` : key;
}

/**
 * A word of a cited phrase the record does not carry, or a claim the phrase has no word for
 * (plan:qualifier-word, plan:rank-measure-word, plan:estimate-word list it among their messages):
 * `word` is the phrase's word ('' when it has none), `at` the number it qualifies.
 */
export const wordNotCarried = (phrase: string, word: string, at: Label, field: string, expected: string, actual: string) =>
  word === ''
    ? both(
        `${field} is ${actual}, but source phrase "${phrase}" has no word for it${en(at) === '' ? '' : ` at ${en(at)}`}: ${field} must be ${expected}, or cite the phrase that says it.`,
        `字段 ${wordFieldZh(field)} 为 ${wordValueZh(actual)}，但出处原文“${phrase}”${zh(at) === '' ? '' : `中 ${zh(at)} `}没有相应的词：应为 ${wordValueZh(expected)}，或改为引用写有该说法的原文。`,
      )
    : both(
        `Source phrase "${phrase}" says ${word}${en(at) === '' ? '' : ` at ${en(at)}`}: ${field} must be ${expected}, not ${actual}.`,
        `出处原文“${phrase}”${zh(at) === '' ? '' : `中 ${zh(at)} `}带有“${word}”：字段 ${wordFieldZh(field)} 应为 ${wordValueZh(expected)}，而不是 ${wordValueZh(actual)}。`,
      );

export const formatNumber = fmt;
