/**
 * What each field of the data files means, in both languages: the hover text of the JSON Schemas
 * under schemas/ (generated from the zod schemas in schema.ts by test/dataset/json-schema.test.ts).
 * Keyed by field name; a file may give a field a meaning of its own.
 */
export interface FieldHelp {
  readonly en: string;
  readonly zh: string;
}

const h = (en: string, zh: string): FieldHelp => ({ en, zh });

/** Fields that mean the same in every file. */
export const commonFieldHelp: Readonly<Record<string, FieldHelp>> = {
  id: h(
    'Identifier: lower-case letters, digits and hyphens, unique in its file; other files refer to it.',
    '标识：小写字母、数字和连字符，在本文件内唯一；其他文件用它引用此项。',
  ),
  zh: h('The Chinese text.', '中文文本。'),
  en: h('The English text.', '英文文本。'),
  label: h('What the row or figure is, as readers see it, in both languages.', '该行或该数据的名称（读者所见），中英文各一。'),
  value: h(
    'The figure as the source document publishes it, in its unit (no thousands separators).',
    '数值，与原文一致，使用其单位（不加千位分隔符）。',
  ),
  unit: h('The unit, an id of data/units.yaml (for example 亿元, %).', '单位，须为 data/units.yaml 中的 id（如 亿元、%）。'),
  growth: h('Growth on the previous year, in per cent.', '比上年增长（%）。'),
  source: h(
    'The exact phrase of the source document (source.txt) this figure comes from; it must contain the figure.',
    '数据出处：原文（source.txt）中的原句，须包含该数值。',
  ),
  captionSource: h('The phrase of the source document the caption comes from.', '标题在原文中的出处原句。'),
  noteSource: h('The phrase of the source document the note comes from.', '注释在原文中的出处原句。'),
  ranks: h(
    'Rankings the document states: measure (total or growth), scope (city, province, nation), position.',
    '原文给出的排名：指标（总量或增速）、范围（市、省、全国）、名次。',
  ),
  measure: h('level: an amount; growth: a rate of growth.', 'level：总量；growth：增速。'),
  scope: h('Where the ranking applies: city, province or nation.', '排名范围：city（市）、province（省）、nation（全国）。'),
  position: h('The position in the ranking (1 = first).', '名次（1 表示第一）。'),
  partOf: h(
    'The id of the figure this one is part of (checked: a part is never larger than its whole).',
    '所属整体数据的 id（会检查部分不大于整体）。',
  ),
  qualifier: h('over: "more than" the value; about: "about" the value.', 'over：超过该数值；about：约为该数值。'),
  knownDiscrepancies: h(
    'A published figure known to be off: the rule, the field and a note for readers.',
    '已知与计算不符的公布数据：规则、字段和给读者的说明。',
  ),
  rule: h(
    'The id of the rule that reports the discrepancy (for example plan:sum-matches-total).',
    '报告该不符的规则 id（如 plan:sum-matches-total）。',
  ),
  field: h('The field the discrepancy is in.', '不符所在的字段。'),
  note: h('A note for readers, in both languages.', '给读者的说明，中英文各一。'),
  section: h('The id of the section (sections.yaml) this belongs to.', '所属章节的 id（见 sections.yaml）。'),
  target: h(
    'The target: kind (numeric, above, about, strive-for with value and unit; qualitative with text).',
    '目标：kind 为 numeric、above、about、strive-for 时给出 value 和 unit；qualitative 时给出 text。',
  ),
  kind: h(
    'numeric, above (at least), about, strive-for, or qualitative (a target in words).',
    'numeric（数值）、above（以上）、about（左右）、strive-for（力争）或 qualitative（文字目标）。',
  ),
  text: h('The target in words, in both languages.', '文字表述的目标，中英文各一。'),
  caption: h('The table caption, in both languages.', '表格标题，中英文各一。'),
  title: h('The title, in both languages.', '标题，中英文各一。'),
  summary: h('One paragraph summing up the section, in both languages.', '本章节概述（一段），中英文各一。'),
  highlights: h('Three to six highlights, each in both languages.', '三至六条要点，每条中英文各一。'),
  rows: h('The rows, in the order the document gives them.', '各行，按原文顺序。'),
  projects: h('Number of projects.', '项目数（个）。'),
  totalInvestment: h('Total investment, in 亿元.', '总投资（亿元）。'),
  annualInvestment: h('Investment planned for the year, in 亿元.', '年度计划投资（亿元）。'),
  annualShare: h("The row's share of the year's investment, in per cent.", '占年度计划投资的比重（%）。'),
  total: h('The total row as published (checked against the sum of the rows).', '合计行，与原文一致（会与各行之和核对）。'),
  dimension: h('What the rows are (for example sector, area): the first column heading.', '行的分类（如领域、区域），即第一列标题。'),
};

/** Fields whose meaning depends on the file. */
export const fileFieldHelp: Readonly<Record<string, Readonly<Record<string, FieldHelp>>>> = {
  edition: {
    id: h('The edition id: the name of its folder under data/editions/.', '版本 id：与 data/editions/ 下的文件夹同名。'),
    district: h('The district, in both languages.', '区县名称，中英文各一。'),
    city: h('The city, in both languages.', '所属城市，中英文各一。'),
    planYear: h('The year the plan is for.', '计划年度。'),
    reviewYear: h('The year whose results the report reviews.', '执行情况所述年度。'),
    issuer: h('Who issues the document, in both languages.', '发布机关，中英文各一。'),
    documentType: h('The kind of document, in both languages.', '文件类型，中英文各一。'),
    source: h(
      'The source document: file (in this folder), title, note, and a phrase found in it.',
      '原始文件：file（本文件夹中的文件名）、title、note，以及其中的一句原文 phrase。',
    ),
    file: h('The file name of the source document, in this edition folder.', '原始文件的文件名（位于本版本文件夹中）。'),
    phrase: h('A phrase of the source document that names it.', '原文中点明该文件的一句话。'),
    dataVersion: h('The version of this dataset, printed on the cover.', '数据版本，印在封面上。'),
    invented: h('true for an invented edition: the brief says so on its cover.', '虚构版本设为 true：简报封面会注明。'),
    released: h(
      'The date the document states it was issued, YYYY-MM-DD; leave it out when it states none.',
      '文件所载的印发日期，格式 YYYY-MM-DD；文件未载明的不填。',
    ),
    nextUpdate: h(
      'The date the next edition is due, YYYY-MM-DD, when the publisher states it.',
      '下一版本预计发布日期，格式 YYYY-MM-DD；发布机关写明时才填。',
    ),
    contact: h('Who answers questions about the figures, in both languages.', '数据咨询联系单位，中英文各一。'),
    url: h(
      'Where the document is published: a web address starting with https:// or http://.',
      '文件发布网址，以 https:// 或 http:// 开头。',
    ),
    meeting: h(
      'The meeting the document was submitted to, in both languages, as the document names it.',
      '文件提交的会议，中英文各一，按文件原文的名称。',
    ),
  },
  units: {
    units: h('Every unit a figure may carry.', '数据可用的全部单位。'),
    id: h(
      'The unit as published (for example 亿元), used in the unit fields of the data.',
      '原文所用单位（如 亿元），数据的 unit 字段引用它。',
    ),
    zh: h('The unit as Chinese readers see it.', '中文读者看到的单位。'),
    en: h('The unit as English readers see it.', '英文读者看到的单位。'),
    quantity: h('What the unit measures (money, count, percent …).', '单位所度量的量（金额、数量、百分比等）。'),
    factor: h("The factor that converts the unit to its quantity's base unit.", '换算为该量基本单位的系数。'),
    inline: h('true when the unit follows the number with no space.', '数字与单位之间不留空格时设为 true。'),
  },
  glossary: {
    terms: h('Terms that must be translated consistently.', '须统一翻译的术语。'),
    zh: h('The Chinese term.', '中文术语。'),
    en: h('The English term to use for it.', '对应的英文译法。'),
    accept: h('Other English forms that are accepted.', '可接受的其他英文写法。'),
    note: h('A note on the term, in both languages.', '术语说明，中英文各一。'),
  },
  validation: {
    severity: h(
      'Rule id → error or warning: how strictly this project applies a rule.',
      '规则 id → error 或 warning：本项目对该规则的严格程度。',
    ),
  },
  headline: { indicators: h('The headline indicators of the dashboard.', '首页主要指标。') },
  'review-targets': {
    no: h('The row number as the document prints it.', '原文中的序号。'),
    group: h('The group the row belongs to, in both languages.', '所属分组，中英文各一。'),
    indicator: h('The indicator, in both languages.', '指标名称，中英文各一。'),
    headline: h('The headline indicator (headline.yaml id) this row sets a target for.', '该行对应的主要指标（headline.yaml 中的 id）。'),
    actual: h('What was achieved: one or more values with their units.', '完成情况：一个或多个数值及单位。'),
  },
  'plan-targets': {
    main: h('The main targets of the plan year.', '计划年度的主要预期目标。'),
    work: h('The targets of each work section.', '各项工作任务的目标。'),
    indicator: h('The headline indicator (headline.yaml id) this target is for.', '对应的主要指标（headline.yaml 中的 id）。'),
  },
  achievements: {
    achievements: h('The figures of the review of the year, by section.', '上年执行情况中的各项数据，按章节。'),
    ratioOf: h('The ids of the numerator and denominator this ratio is computed from (checked).', '该比率的分子、分母 id（会核对）。'),
    numerator: h('The id of the figure divided (the part).', '分子数据的 id（部分）。'),
    denominator: h('The id of the figure divided by (the whole).', '分母数据的 id（整体）。'),
  },
  projects: {
    tables: h('Project tables: caption, first column, rows and total.', '项目表：标题、首列、各行与合计。'),
    pipeline: h('The project pipeline: total, annual investment and stages.', '项目储备与推进：总数、年度投资与各阶段。'),
    stages: h('The stages of the pipeline.', '推进的各阶段。'),
    reserves: h('Project reserves: projects and funding.', '储备项目：项目数与资金。'),
    funding: h('Funding, in its unit.', '资金额，使用其单位。'),
    fundingNote: h('A note on the funding, in both languages.', '资金说明，中英文各一。'),
  },
  sections: {
    review: h('Sections of the review of the past year.', '上年计划执行情况的各章节。'),
    plan: h('Sections of the work plan.', '工作计划的各章节。'),
    problems: h('The difficulties and problems paragraph, in both languages, with its source.', '困难和问题（一段），中英文各一，附出处。'),
  },
};
