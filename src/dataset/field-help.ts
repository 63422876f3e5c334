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
  noun: h(
    'What a count counts, in English lower-case words, as the source names the thing counted (发明专利授权量8766件: patents). Only on a count (a unit with inline: false in data/units.yaml, or a multiple of one): the English workbook names the unit by it where the unit itself says only "number" (个, 件, 项, 家). Leave it out when unsure: the workbook then says "number".',
    '计数所计事物的英文名称（小写英文词），按原文所计事物翻译（发明专利授权量8766件：patents）。仅用于计数（data/units.yaml 中标有 inline: false 的单位或其倍数单位）：英文工作簿在单位仅为“number”（个、件、项、家）时以此名称列示单位。没有把握时不填，工作簿即列“number”。',
  ),
  growth: h(
    'Growth on the previous year, in per cent; negative for a decline (下降2.0% is -2.0).',
    '比上年增长（%）；下降为负数（下降2.0% 写作 -2.0）。',
  ),
  growthBasis: h(
    'The prices the growth is at: comparable (可比价, real) or current (现价, nominal). Leave it out unless needed: the phrase (实际增长, 按现价计算) and else the kind of indicator decide (GDP and value added comparable; revenue, sales, investment, income current).',
    '增速的价格口径：comparable（可比价）或 current（现价）。一般不填：由原文（实际增长、按现价计算）决定，原文未说明的按指标类别（地区生产总值和增加值按可比价；收入、销售额、投资等按现价）。',
  ),
  change: h(
    'Change on the previous year in percentage points (提高1.2个百分点 is 1.2; a fall is negative).',
    '比上年变化的百分点数（提高1.2个百分点写作 1.2；下降为负数）。',
  ),
  drafted: h(
    'true on an item a program proposed (npm run draft, npm run new-edition) and no editor has confirmed yet: validation warns, and --strict and a release refuse the edition until the mark is removed.',
    '程序提出（npm run draft、npm run new-edition）而编辑尚未确认的条目为 true：校验给出警告，删去此标记之前 --strict 和发布都会拒绝该版本。',
  ),
  estimate: h('true when the document gives the figure as an estimate (预计, 初步预计).', '原文为预计数（预计、初步预计）时设为 true。'),
  year: h(
    'The year the figure refers to, when it is not the review year (错年数据: data of an earlier year).',
    '数据所属年度，仅当不是执行情况所述年度时填写（错年数据）。',
  ),
  source: h(
    'The exact phrase of the source document (source.txt) this figure comes from; it must contain the figure.',
    '数据出处：原文（source.txt）中的原句，须包含该数值。',
  ),
  captionSource: h('The phrase of the source document the caption comes from.', '标题在原文中的出处原句。'),
  noteSource: h('The phrase of the source document the note comes from.', '注释在原文中的出处原句。'),
  ranks: h(
    'Rankings the document states: measure (total, growth, share, per capita or another), scope (district, city, province, nation), position.',
    '原文给出的排名：指标（总量、增速、占比、人均或其他）、范围（区、市、省、全国）、名次。',
  ),
  measure: h('level: an amount; growth: a rate of growth.', 'level：总量；growth：增速。'),
  measureLabel: h(
    'The name of the measure ranked by, for measure other only, in both languages: the Chinese is words of the measure its rank statement names (完成进度 in 规模及完成进度均列全市第一).',
    '排名所依据指标的名称（仅 measure 为 other 时），中英文各一：中文须是排名表述所说度量中的词（如规模及完成进度均列全市第一中的“完成进度”）。',
  ),
  scope: h(
    'Where the ranking applies: district, city, province or nation.',
    '排名范围：district（区）、city（市）、province（省）、nation（全国）。',
  ),
  of: h(
    'How many are ranked, where the document says so (全省90个县(市、区)中列第5: 90); the number must be in the phrase. Leave it out where the document does not say: the rank table then says "not stated".',
    '参与排名的单位数，原文说明时填写（全省90个县（市、区）中列第5：90），该数须见于出处原文。原文未说明时不填：排名表显示“未载明”。',
  ),
  scopeLabel: h(
    'Who is ranked, when narrower than the districts of the scope (列国家高新区第四: national high-tech zones), in both languages; the rank table names it.',
    '参与排名的范围比该级别全部区县窄时（如“列国家高新区第四”中的国家高新区），写明其名称，中英文各一；排名表显示该名称。',
  ),
  position: h('The position in the ranking (1 = first).', '名次（1 表示第一）。'),
  partOf: h(
    'The id of the figure this one is part of (checked: a part is never larger than its whole).',
    '所属整体数据的 id（会检查部分不大于整体）。',
  ),
  qualifier: h(
    'How the document bounds the figure: over (超, 突破, 余), at-least (以上, 不少于), about (左右, 约), at-most (以内, 不超过).',
    '原文对该数值的限定：over（超、突破、余）、at-least（以上、不少于）、about（左右、约）、at-most（以内、不超过）。',
  ),
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
    'The target, by kind: numeric (value, unit, bound, strive), qualitative (text), relative (relation, against, text) or rank (scope, position, text; position is the lowest place that meets it: 1 for 第一 or 首位, 3 for 前三 or 前3位, absent for 前列, which is not judged).',
    '目标，按 kind 区分：numeric（value、unit、bound、strive）、qualitative（text）、relative（relation、against、text）或 rank（scope、position、text；position 为达到目标的最低名次：第一、首位为 1，前三、前3位为 3；“前列”不填，不作评判）。',
  ),
  kind: h(
    'numeric (a figure), qualitative (a target in words), relative (measured against another figure, 与经济增长同步) or rank (保持全省前列).',
    'numeric（数值目标）、qualitative（文字目标）、relative（相对于另一指标，如与经济增长同步）或 rank（名次目标，如保持全省前列）。',
  ),
  bound: h(
    'How the document bounds the target: over (超), at-least (以上, 不少于), about (左右), at-most (以内, 不超过); absent for a plain figure.',
    '原文对目标的限定：over（超）、at-least（以上、不少于）、about（左右）、at-most（以内、不超过）；单纯数值不填。',
  ),
  strive: h('true when the target is striven for (力争, 争取).', '目标为力争（力争、争取）时设为 true。'),
  relation: h(
    'How the target relates to the figure it is measured against: in-step (同步, at least as fast) or faster (快于).',
    '与参照指标的关系：in-step（同步，不低于）或 faster（快于）。',
  ),
  against: h(
    'The id of the figure (headline.yaml or achievements.yaml) whose growth the target is measured against.',
    '作为参照的指标 id（headline.yaml 或 achievements.yaml 中），按其增速比较。',
  ),
  text: h('The target in words, in both languages.', '文字表述的目标，中英文各一。'),
  caption: h('The table caption, in both languages.', '表格标题，中英文各一。'),
  textColumns: h(
    'Columns of words the document prints beside the figures, such as the statistical scope (统计口径): each an id and a label in both languages. They stand after the row names in the brief, the HTML edition, the workbook and the CSV; never fold them into the rows’ names. At most three, so that the figures keep their width on the page.',
    '原文在数字旁列出的文字列，如统计口径：每列一个 id 和中英文列名。简报、网页版、工作簿和 CSV 中列在行名之后；不要把它们并入各行名称。最多三列，以免挤占数字列的宽度。',
  ),
  texts: h(
    'The row’s words in the declared text columns, by column id, in both languages; a column the row leaves blank is left out.',
    '该行在所声明文字列中的内容，按列 id 填写，中英文各一；原文空白的列不填。',
  ),
  title: h('The title, in both languages.', '标题，中英文各一。'),
  summary: h(
    'One paragraph summing up the section, in both languages; under problems, the difficulties in one sentence for the key messages (the paragraph is used when absent).',
    '本章节概述（一段），中英文各一；在 problems 下为困难和问题的一句话概括，用于要点（不填时使用整段）。',
  ),
  highlights: h('The highlights of the section (at most twelve), each in both languages.', '本章节要点（至多十二条），每条中英文各一。'),
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
    province: h(
      'The province, in both languages (optional): named where a rank or comparison is province-wide; without it, tables say "Province".',
      '所属省份，中英文各一（可选）：英文表格中全省范围的排名、对比写出省名；不填则写 “Province”。',
    ),
    planYear: h('The year the plan is for.', '计划年度。'),
    reviewYear: h('The year whose results the report reviews.', '执行情况所述年度。'),
    issuer: h(
      'Who issues the document, in both languages, as the document states it. Leave it out when the document does not say: the covers then read “not stated in the document” and the citation says so.',
      '发布机关，中英文各一，按原文所载填写。原文未载明时不填：封面显示“原文未载明”，引文亦注明。',
    ),
    documentType: h('The kind of document, in both languages.', '文件类型，中英文各一。'),
    source: h(
      'The source document: file (in this folder), title, note, and a phrase found in it. The note is for readers: the brief prints it in its notes under the citation, so it names no file or folder.',
      '原始文件：file（本文件夹中的文件名）、title、note，以及其中的一句原文 phrase。note 写给读者：简报在说明中的引文之后印出，因此不写文件名或文件夹。',
    ),
    file: h('The file name of the source document, in this edition folder.', '原始文件的文件名（位于本版本文件夹中）。'),
    phrase: h('A phrase of the source document that names it.', '原文中点明该文件的一句话。'),
    dataVersion: h('The version of this dataset, printed on the cover.', '数据版本，印在封面上。'),
    preparedBy: h(
      'Who prepared the brief and workbook, in both languages, when the edition says so and it is not the issuer of the report; the brief cover and the workbook cover name both.',
      '简报和工作簿的编制单位，中英文各一；版本写明且不同于报告发布机关时填写，简报封面和工作簿封面同时列出二者。',
    ),
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
  headline: {
    indicators: h('The headline indicators of the dashboard.', '首页主要指标。'),
    ratios: h(
      'Ratios the brief derives from two of the report’s figures (general public budget revenue ÷ GDP), shown with their derivation: each with an id, a label, the numerator and the denominator. Both of one quantity and one year (checked), and of one area and scope (declare only such).',
      '简报由报告中两项数据计算的比率（一般公共预算收入÷地区生产总值），并列出计算式：每项有 id、名称、分子与分母。二者须为同一计量、同一年份（会核对），且为同一地区、同一口径（只声明这样的比率）。',
    ),
    numerator: h(
      'The figure divided: a headline indicator or achievement id, or {table, column} for the published total of a statistical table’s column.',
      '分子：主要指标或成果的 id，或 {table, column} 表示统计表某列公布的合计。',
    ),
    denominator: h(
      'The figure divided by: a headline indicator or achievement id, or {table, column} for a total of the same table as the numerator.',
      '分母：主要指标或成果的 id，或 {table, column} 表示与分子同一统计表某列的合计。',
    ),
    table: h('The id of a statistical table (tables.yaml).', '统计表（tables.yaml）的 id。'),
    column: h('The id of a column of that table.', '该表某列的 id。'),
    note: h(
      'What a reader must know wherever the figure appears (what it includes, counting by another district too), in both languages.',
      '凡出现该数据处均须告知读者的说明（包含哪些部分、是否与其他区重复计算），中英文各一。',
    ),
    measure: h(
      'What the rank is by: total, growth, share, per-capita, or other (named in measureLabel).',
      '排名所依据的指标：total（总量）、growth（增速）、share（占比）、per-capita（人均）或 other（在 measureLabel 中写明）。',
    ),
  },
  'review-targets': {
    caption: h(
      'The caption of the document’s table of targets, in both languages, with captionSource. Leave both out when the targets are not in a captioned table: the brief then captions the table itself (“Main targets for 2024 and their results”) and cites the document without a table number.',
      '原文目标表的标题，中英文各一，与 captionSource 一起填写。目标不在有标题的表中时两者都不填：简报自拟表题（“2024年主要目标及完成情况”），引用原文时不写表号。',
    ),
    measure: h(
      "What a row's target is for: level (absent), growth (增长9%), share (占比), or change (in percentage points); the reports say it with the target.",
      '目标所指：level（总量，可不填）、growth（增速，如“增长9%”）、share（占比）或 change（百分点变化）；报告在目标前注明。',
    ),
    no: h(
      'The row number as the document prints it; rows with one number are readings of one indicator, counted once. Leave it out of every row when the document numbers none: the brief and workbook then have no number column and count each row.',
      '原文中的序号；序号相同的行是同一指标的不同口径，只计一次。原文未编序号时每一行都不填：简报和工作簿不列序号，每行各计一项。',
    ),
    group: h('The group the row belongs to, in both languages.', '所属分组，中英文各一。'),
    indicator: h(
      "The indicator, in both languages; left out when the row sets a target for a headline indicator's level, whose name it takes.",
      '指标名称，中英文各一；该行为主要指标的总量目标时不填，沿用主要指标的名称。',
    ),
    headline: h('The headline indicator (headline.yaml id) this row sets a target for.', '该行对应的主要指标（headline.yaml 中的 id）。'),
    actual: h(
      'What was achieved: one or more values with their units; pending while the result is not entered yet (a warning: --strict and a release refuse it).',
      '完成情况：一个或多个数值及单位；结果尚未填入时写 pending（给出警告，--strict 和发布会拒绝）。',
    ),
    continues: h(
      "The id of the previous edition's main target (plan-targets.yaml) this row judges; checked against it.",
      '该行所评判的上年版本主要目标的编号（plan-targets.yaml 中的 id）；会与之核对。',
    ),
    notInLastPlan: h(
      "true when the report judges a target that the previous edition's plan did not set (acknowledges plan:target-unmatched).",
      '报告评判的目标不在上年版本计划中时设为 true（确认 plan:target-unmatched）。',
    ),
    completion: h(
      'The completion rate the document publishes (完成年计划的89.4%), in per cent; checked against the target and the result.',
      '原文公布的完成率（如完成年计划的89.4%），单位为 %；会与目标值和实际值核对。',
    ),
    ranks: h(
      'The positions the result states (8.7%,列全市第2位), each with measure, scope and position, of the year of the results: a rank target (保持全市前3位) is judged against the position stated in its scope, and every position joins the rank table.',
      '实际完成情况中给出的名次（如 `8.7%,列全市第2位`），每项写明指标、范围和名次，年度与实际值相同：名次目标（如“保持全市前3位”）按同一范围内的名次评判，每个名次都列入排名表。',
    ),
  },
  'plan-targets': {
    main: h('The main targets of the plan year.', '计划年度的主要预期目标。'),
    flow: h(
      "true when the target counts what the plan year itself adds or delivers (新增学位, 新引进人才, 全年帮扶…人次, 实际利用外资): a flow, not a level held at year-end. Leave it out for a level (the default). A flow target below the review year's result is reported as fewer than that year delivered, not as a target cut.",
      '目标为计划年度当年新增或完成的量（如新增学位、新引进人才、全年帮扶…人次、实际利用外资）时设为 true：这是年度流量，而非年末存量水平。存量水平不填（默认）。流量目标低于上年实绩时，报告表述为少于上年完成量，而非目标下调。',
    ),
    work: h('The targets of each work section.', '各项工作任务的目标。'),
    indicator: h('The headline indicator (headline.yaml id) this target is for.', '对应的主要指标（headline.yaml 中的 id）。'),
    continues: h(
      'The review-year result this target continues: a headline indicator, an achievement or a targets-table row (its id). The brief sets the target beside that result, with the change it implies.',
      '该目标所延续的上年实绩：主要指标、成果或目标表某行的 id。简报将目标与该实绩并列，并给出隐含的变化。',
    ),
    label: h(
      'What the target is, in both languages; left out when it sets a level for a headline indicator, whose name it takes.',
      '目标名称，中英文各一；为主要指标的总量目标时不填，沿用主要指标的名称。',
    ),
  },
  achievements: {
    achievements: h('The figures of the review of the year, by section.', '上年执行情况中的各项数据，按章节。'),
    standings: h(
      'Ranks the document states without a figure (创新指数位列全省第一), and standings in words without a position (位居全省前列, 第一方阵): for the rank table. Each has ranks or standing, not both.',
      '原文未给数值的排名（如“创新指数位列全省第一”），以及只以文字表述、未给名次的位次（如“位居全省前列”“第一方阵”）：列入排名表。每项填 ranks 或 standing 之一。',
    ),
    standing: h(
      'A standing without a position: its scope and its words as the phrase writes them (前列 / among the leaders); the rank table shows the words in place of a position.',
      '未给名次的位次：范围及原文的文字表述（如“前列”/among the leaders）；排名表在名次栏显示该表述。',
    ),
    text: h(
      'The standing in words, in both languages; the Chinese as the phrase writes it (checked).',
      '位次的文字表述，中英文各一；中文须与原文一致（会核对）。',
    ),
    note: h(
      'What a reader must know wherever the figure appears (what it includes, counting by another district too), in both languages.',
      '凡出现该数据处均须告知读者的说明（包含哪些部分、是否与其他区重复计算），中英文各一。',
    ),
    ratioOf: h('The ids of the numerator and denominator this ratio is computed from (checked).', '该比率的分子、分母 id（会核对）。'),
    numerator: h('The id of the figure divided (the part).', '分子数据的 id（部分）。'),
    denominator: h('The id of the figure divided by (the whole).', '分母数据的 id（整体）。'),
    measure: h(
      'What the rank is by: total, growth, share, per-capita, or other (named in measureLabel).',
      '排名所依据的指标：total（总量）、growth（增速）、share（占比）、per-capita（人均）或 other（在 measureLabel 中写明）。',
    ),
    compositions: h(
      'Composition ratios the document states as one figure (三次产业结构2.8:50.9:46.3): parts in per cent, summing to 100.',
      '原文以一个比例给出的构成（如三次产业结构2.8:50.9:46.3）：各部分为百分比，合计为 100。',
    ),
    parts: h(
      'The parts of the ratio, in the order the document gives them, each with its label and share.',
      '比例的各部分，按原文顺序，各有名称和占比。',
    ),
    figure: h(
      'The id of the figure (headline or achievement) this part is the share of, when the data has it (checked).',
      '该部分所对应的数据 id（主要指标或成果），数据中有时填写（会核对）。',
    ),
  },
  tables: {
    tables: h(
      'Statistical tables: caption, first column, columns, rows and an optional published total.',
      '统计表：标题、首列、各列、各行及可选的合计行。',
    ),
    sheet: h(
      "A short name for the table's workbook sheet, at most 31 characters in each language, none of : \\ / ? * [ ], no apostrophe at either end, not History, and no _x0041_-like sequence (a spreadsheet reads it as one character); the caption's number when absent.",
      '工作簿中该表工作表的简称，每种语言至多 31 字符，不含 : \\ / ? * [ ]，首尾不是撇号，不是 History，不含 _x0041_ 之类的序列（电子表格会读作一个字符）；不填时用标题中的表号。',
    ),
    columns: h(
      "The table's columns (id, label, unit, decimals, shareOf, additive); in a chart, the ids of the one or two columns it shows.",
      '表格各列（id、label、unit、decimals、shareOf、additive）；在 chart 中为图表所示一至两列的 id。',
    ),
    decimals: h('The decimal places the document publishes in this column.', '原文中该列数值的小数位数。'),
    shareOf: h(
      'For a share column: the id of the column each row is the share of (row ÷ the total of that column × 100).',
      '占比列：所依据的列 id（该行 ÷ 该列合计 × 100）。',
    ),
    additive: h(
      'false when the rows do not add up to the total (rates, averages); amounts, counts and shares do.',
      '各行之和不等于合计时（比率、平均数）设为 false；金额、数量和占比可相加。',
    ),
    chart: h('A bar chart of the table: its title and the columns it shows.', '该表的条形图：标题及所示各列。'),
    values: h('The cells of the row, by column id: the figure as published.', '该行各单元格，按列 id：与原文一致的数值。'),
  },
  projects: {
    pipeline: h(
      'The project pipeline: what it counts (label), total, annual investment and stages.',
      '项目推进：所计项目（label）、总数、年度投资与各阶段。',
    ),
    stages: h('The stages of the pipeline.', '推进的各阶段。'),
    counts: h(
      'Other counts of projects the report gives for the plan year beside the pipeline (67个新开工重大项目), each with what it counts as the document names it: another set of projects, never added to the pipeline.',
      '报告在项目推进之外给出的计划年度其他项目数（67个新开工重大项目），各按原文写明所计项目：与项目推进口径不同，不相加。',
    ),
    reserves: h('Project reserves: projects and funding.', '储备项目：项目数与资金。'),
    funding: h('Funding, in its unit.', '资金额，使用其单位。'),
    fundingNote: h('A note on the funding, in both languages.', '资金说明，中英文各一。'),
  },
  context: {
    sources: h(
      'The documents the comparison figures are quoted from (a statistical bulletin of the city, province or nation; last year’s report): each a text file in the edition’s folder, with its title, issuer, date and web address.',
      '对比数据所引用的文件（市、省或全国统计公报，上年报告等）：每份为本版本文件夹中的文本文件，附标题、发布机关、日期和网址。',
    ),
    file: h('The text file of the document, in the edition’s folder.', '该文件的文本文件名（在本版本文件夹中）。'),
    issuer: h('Who published the document, in both languages.', '发布机关，中英文各一。'),
    released: h('The date the document was published, YYYY-MM-DD.', '文件发布日期，格式 YYYY-MM-DD。'),
    url: h('Where a reader can find the document (https://…).', '读者可查到该文件的网址（https://…）。'),
    figures: h(
      'Comparison figures: each for an area (district, city, province, nation) and a year, quoted from one of the documents with a phrase that holds its numbers.',
      '对比数据：每项对应一个地区（本区、市、省、全国）和年份，引自上述某份文件，出处原句须包含其数值。',
    ),
    area: h(
      'Whose figure it is: district (the district itself: its population, its previous year), city, province or nation.',
      '数据所属地区：district（本区，如常住人口、上年数）、city（市）、province（省）或 nation（全国）。',
    ),
    compares: h(
      'The edition’s figure (a headline indicator or achievement id) this one is compared with: its share of this total, growth against growth.',
      '与之对比的本版本数据（主要指标或成果的 id）：计算其占本数的比重，比较增速。',
    ),
    population: h(
      'true when the figure is the area’s resident population: the figures listed in perCapita are divided by it.',
      '该数据为所属地区的常住人口时设为 true：perCapita 所列数据除以该人口得人均值。',
    ),
    perCapita: h(
      'With population: the ids of the edition’s figures to give per person (the area’s figure comparing each is divided by the area’s population too).',
      '与 population 同用：需计算人均值的本版本数据 id（同一地区对比该数据的项目也除以该地区人口）。',
    ),
    populationBasis: h(
      'With population: average (the annual average resident population, which statistical bulletins divide by) or year-end (the count at year-end). Read from the phrase (平均, 年末) when not given. Figures per person divide by the average where an area has both.',
      '与 population 同用：average（年平均常住人口，统计公报计算人均值所用）或 year-end（年末常住人口）。未填写时按引文判断（“平均”“年末”）。同一地区两者均有时，人均值按年平均数计算。',
    ),
    year: h('The year the figure refers to.', '数据所属年份。'),
    document: h('The id of the document (under sources) the phrase is quoted from.', '出处原句所在文件的 id（见 sources）。'),
    source: h(
      'The phrase of that document the figure comes from, exactly as written there; it must hold the figure’s numbers.',
      '数据在该文件中的出处原句，须与原文一字不差，并包含其数值。',
    ),
  },
  sections: {
    review: h('Sections of the review of the past year.', '上年计划执行情况的各章节。'),
    plan: h('Sections of the work plan.', '工作计划的各章节。'),
    problems: h('The difficulties and problems paragraph, in both languages, with its source.', '困难和问题（一段），中英文各一，附出处。'),
  },
};
