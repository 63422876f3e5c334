/**
 * Every message text that validation shows an editor, in English and Chinese, in one place (after
 * vega-lite's log/message.ts and Zod's locales). Tests compare against these builders, not
 * against copied strings. `npm run validate -- --lang zh-CN` prints the Chinese.
 */
const fmt = (n: number): string => String(Number(n.toFixed(10)));

/** A message in both languages. */
export interface MessageText {
  readonly en: string;
  readonly zh: string;
}

/** A label that may exist in both languages (a table caption) or only one (a field name). */
export type Label = string | { readonly zh: string; readonly en: string };
const en = (label: Label) => (typeof label === 'string' ? label : label.en);
const zh = (label: Label) => (typeof label === 'string' ? label : label.zh);

const both = (english: string, chinese: string): MessageText => ({ en: english, zh: chinese });

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
function fieldZh(key: string): string {
  const name = fieldNamesZh[key];
  return name ? `${key}(${name})` : key;
}

export const messages = {
  fileMissing: (path: string) => both(`File ${path} is missing; every edition needs it.`, `缺少文件 ${path};每个版本都需要它。`),
  notAFile: (kind: MessageText) =>
    both(`This path is ${kind.en}, not a regular file; it is not read.`, `此路径是${kind.zh},不是普通文件;不会读取。`),
  fileUnreadable: (detail: string) => both(`File cannot be read: ${detail}`, `无法读取文件:${detail}`),
  fileUtf16: () =>
    both(
      'File is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
      '文件以 UTF-16 编码保存;请改存为 UTF-8(多数编辑器:“以某种编码保存” → UTF-8)。',
    ),
  fileTooLarge: (size: number, max: number) =>
    both(`File is ${size} bytes; data files may be at most ${max} bytes.`, `文件大小为 ${size} 字节;数据文件不得超过 ${max} 字节。`),
  fileBinary: (offset: number) =>
    both(
      `File holds a NUL byte at offset ${offset}: it looks binary, not text.`,
      `文件在偏移 ${offset} 处含有 NUL 字节:看起来是二进制文件,不是文本。`,
    ),
  fileNotUtf8: (offset: number) =>
    both(
      `File is not valid UTF-8 text (byte ${offset} here); save it as UTF-8.`,
      `文件不是有效的 UTF-8 文本(此处第 ${offset} 字节);请以 UTF-8 编码保存。`,
    ),
  unknownFile: (name: string, suggestion: string | undefined, expected: readonly string[], attachments: string) =>
    both(
      `"${name}" is not read by the project${suggestion ? ` (did you mean ${suggestion}?)` : ''}; this folder holds ${expected.join(', ')}. Keep other files in ${attachments}/.`,
      `项目不读取“${name}”${suggestion ? `(是否应为 ${suggestion}?)` : ''};此文件夹应包含 ${expected.join('、')}。其他文件请放在 ${attachments}/ 中。`,
    ),
  unknownBinaryFile: (name: string, suggestion: string | undefined, expected: readonly string[], attachments: string) =>
    both(
      `"${name}" is not a text file the project reads${suggestion ? ` (did you mean ${suggestion}? it is not UTF-8 text)` : ''}; this folder holds ${expected.join(', ')}. Move other files to ${attachments}/.`,
      `“${name}”不是项目读取的文本文件${suggestion ? `(是否应为 ${suggestion}?它不是 UTF-8 文本)` : ''};此文件夹应包含 ${expected.join('、')}。其他文件请移到 ${attachments}/ 中。`,
    ),
  noEditions: (dir: string) =>
    both(
      `No edition folder under ${dir}/: there is nothing to build. Add one (see CONTRIBUTING.md, "Add an edition").`,
      `${dir}/ 下没有任何版本文件夹:没有可构建的内容。请添加一个(见 CONTRIBUTING.md“新增版本”)。`,
    ),
  fileEmpty: () =>
    both('File is empty; it must hold the data described in CONTRIBUTING.md.', '文件为空;应包含 CONTRIBUTING.md 所述的数据。'),
  yamlSyntax: (detail: string, more: number) =>
    both(
      `YAML syntax error: ${detail}${more > 0 ? ` (${more} more error${more === 1 ? '' : 's'} follow from it; fix this one first)` : ''}`,
      `YAML 语法错误:${detail}${more > 0 ? `(由此引起另外 ${more} 个错误;请先改正这一处)` : ''}`,
    ),
  duplicateKey: () => both('This key appears twice in the same mapping; keep one.', '同一映射中此字段出现了两次;请保留一个。'),

  required: (key: string) => both(`Field "${key}" is required here.`, `此处必须有字段“${fieldZh(key)}”。`),
  emptyText: (key: string) => both(`Field "${key}" must not be empty.`, `字段“${fieldZh(key)}”不能为空。`),
  wrongType: (key: string, expected: MessageText, received: MessageText) =>
    both(`Field "${key}" must be ${expected.en}, not ${received.en}.`, `字段“${fieldZh(key)}”应为${expected.zh},而不是${received.zh}。`),
  notFinite: (key: string) =>
    both(`Field "${key}" must be a finite number (not .inf or .nan).`, `字段“${fieldZh(key)}”必须是有限数值(不能是 .inf 或 .nan)。`),
  tooSmall: (key: string, detail: MessageText) =>
    both(`Field "${key}" is too small: ${detail.en}.`, `字段“${fieldZh(key)}”过小:${detail.zh}。`),
  tooBig: (key: string, detail: MessageText) =>
    both(`Field "${key}" is too large: ${detail.en}.`, `字段“${fieldZh(key)}”过大:${detail.zh}。`),
  badFormat: (key: string, expected: MessageText) =>
    both(`Field "${key}" must be ${expected.en}.`, `字段“${fieldZh(key)}”格式不符:应为${expected.zh}。`),
  notInList: (key: string, allowed: readonly string[]) =>
    both(`Field "${key}" must be one of: ${allowed.join(', ')}.`, `字段“${fieldZh(key)}”只能取以下值之一:${allowed.join('、')}。`),
  unknownKey: (key: string) =>
    both(`Unknown field "${key}"; check its spelling against CONTRIBUTING.md.`, `未知字段“${key}”;请对照 CONTRIBUTING.md 检查拼写。`),
  textTooLong: (key: string, length: number, max: number) =>
    both(
      `Field "${key}" is ${length} characters long; it may be at most ${max}. Shorten it.`,
      `字段“${key}”长 ${length} 个字符,最多 ${max} 个;请缩短。`,
    ),
  controlCharacter: (codePoint: string, name: string, index: number, lineBreakAllowed: boolean) =>
    both(
      `Text holds the control character ${codePoint}${name ? ` (${name})` : ''} at character ${index + 1}; remove it${
        lineBreakAllowed ? ' (this text may hold line breaks, nothing else invisible)' : ' (this text must be one line)'
      }.`,
      `文本第 ${index + 1} 个字符是控制字符 ${codePoint}${name ? `(${name})` : ''};请删除它${lineBreakAllowed ? '(此文本可以换行,但不能含其他不可见字符)' : '(此文本必须是一行)'}。`,
    ),
  tooManyDecimals: (raw: string, decimals: number, max: number) =>
    both(
      `Number ${raw} has ${decimals} decimals; the reports show at most ${max}. Round it as published.`,
      `数值 ${raw} 有 ${decimals} 位小数;报告最多显示 ${max} 位。请按公布数修约。`,
    ),
  tooManyDigits: (raw: string, max: number) =>
    both(
      `Number ${raw} has more than ${max} significant digits, or is too large to show exactly; write it as published.`,
      `数值 ${raw} 的有效数字超过 ${max} 位,或数值过大无法准确显示;请按公布数填写。`,
    ),
  schemaOther: (key: string, detail: MessageText) => both(`Field "${key}": ${detail.en}.`, `字段“${fieldZh(key)}”:${detail.zh}。`),

  translationMissing: (lang: 'zh' | 'en') =>
    lang === 'en'
      ? both('The English version of this text is missing.', '此文本缺少英文。')
      : both('The Chinese version of this text is missing.', '此文本缺少中文。'),
  englishHasHan: (chars: string) =>
    both(`English text contains Chinese characters "${chars}"; translate them.`, `英文文本中含有中文字符“${chars}”;请译成英文。`),
  glossary: (term: string, english: string) =>
    both(
      `The Chinese text uses the glossary term "${term}"; its English must say "${english}".`,
      `中文使用了术语“${term}”;英文中必须使用其固定译法“${english}”。`,
    ),
  glyphMissing: (char: string, codePoint: string, font: string) =>
    both(
      `Character "${char}" (${codePoint}) cannot be rendered: the font ${font} has no glyph for it.`,
      `字符“${char}”(${codePoint})无法显示:字体 ${font} 中没有这个字形。`,
    ),

  duplicateId: (id: string, first: string) => both(`Id "${id}" is already used at ${first}.`, `编号“${id}”已在 ${first} 使用。`),
  unknownUnit: (unit: string) =>
    both(
      `Unit "${unit}" is not in data/units.yaml; add it there or use a listed unit.`,
      `单位“${unit}”不在 data/units.yaml 中;请在其中添加或改用已列出的单位。`,
    ),
  unknownSection: (section: string, kind: 'review' | 'plan') =>
    both(
      `Section "${section}" is not one of the ${kind} sections in sections.yaml.`,
      `领域“${section}”不是 sections.yaml 中的${kind === 'review' ? '执行情况' : '工作举措'}领域。`,
    ),
  unknownFigure: (ref: string) => both(`"${ref}" names no figure of this edition.`, `“${ref}”不是本版本中任何数据的编号。`),
  unknownColumn: (ref: string, table: string, columns: readonly string[]) =>
    both(
      `"${ref}" names no column of table "${table}" (its columns: ${columns.join(', ')}).`,
      `“${ref}”不是表“${table}”的列(该表的列:${columns.join('、')})。`,
    ),
  editionFolder: (id: string, folder: string) =>
    both(`Edition id "${id}" must equal its folder name "${folder}".`, `版本编号“${id}”必须与其文件夹名“${folder}”相同。`),

  phraseNotFound: (phrase: string) =>
    both(`Source phrase "${phrase}" does not occur in the source document.`, `出处原文“${phrase}”在源文件中找不到。`),
  valueNotInPhrase: (field: string, value: number, phrase: string) =>
    both(
      `${field} ${fmt(value)} does not appear in its source phrase "${phrase}".`,
      `${fieldZh(field)} ${fmt(value)} 不在其出处原文“${phrase}”中。`,
    ),

  totalWithinRounding: (label: Label, column: Label, total: number, sum: number) =>
    both(
      `${en(label)}: the published total of ${en(column)}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, within rounding; the published figure is kept.`,
      `${zh(label)}:${zh(column)}的公布合计为 ${fmt(total)},各行之和为 ${fmt(sum)},差异在修约误差以内;保留公布数。`,
    ),
  totalBeyondRounding: (label: Label, column: Label, total: number, sum: number, tolerance: number) =>
    both(
      `${en(label)}: the published total of ${en(column)}, ${fmt(total)}, differs from the sum of the rows, ${fmt(sum)}, by more than rounding explains (±${fmt(tolerance)}).`,
      `${zh(label)}:${zh(column)}的公布合计为 ${fmt(total)},各行之和为 ${fmt(sum)},差异超出修约误差(±${fmt(tolerance)})。`,
    ),
  shareWithinRounding: (label: Label, share: number, computed: number) =>
    both(
      `${en(label)}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% in the last digit, within rounding; the published figure is kept.`,
      `${zh(label)}:公布的占比 ${fmt(share)}% 与数值÷合计 = ${fmt(computed)}% 末位不同,在修约误差以内;保留公布数。`,
    ),
  shareBeyondRounding: (label: Label, share: number, computed: number) =>
    both(
      `${en(label)}: published share ${fmt(share)}% differs from value ÷ total = ${fmt(computed)}% by more than rounding explains.`,
      `${zh(label)}:公布的占比 ${fmt(share)}% 与数值÷合计 = ${fmt(computed)}% 的差异超出修约误差。`,
    ),
  completionWithinRounding: (label: Label, published: number, computed: number) =>
    both(
      `${en(label)}: published completion rate ${fmt(published)}% differs from the ${fmt(computed)}% its target and result give, in the last digit, within rounding.`,
      `${zh(label)}:公布的完成率 ${fmt(published)}% 与按目标和实际值计算的 ${fmt(computed)}% 末位不同,在修约误差以内。`,
    ),
  completionBeyondRounding: (label: Label, published: number, computed: number) =>
    both(
      `${en(label)}: published completion rate ${fmt(published)}% differs from the ${fmt(computed)}% its target and result give, by more than rounding explains.`,
      `${zh(label)}:公布的完成率 ${fmt(published)}% 与按目标和实际值计算的 ${fmt(computed)}% 的差异超出修约误差。`,
    ),
  completionWithoutTarget: (label: Label) =>
    both(
      `${en(label)}: a completion rate needs a target with a figure and a result in a comparable unit; this row has none to check it against.`,
      `${zh(label)}:完成率须有带数值的目标和可比单位的实际值,本行没有可据以核对的数据。`,
    ),
  compositionSum: (label: Label, sum: number, variant: 'within' | 'beyond') =>
    both(
      `${en(label)}: the parts add up to ${fmt(sum)}, not 100${variant === 'within' ? ', within rounding' : ', by more than rounding explains'}.`,
      `${zh(label)}:各部分之和为 ${fmt(sum)},不等于100${variant === 'within' ? ',在修约误差以内' : ',超出修约误差'}。`,
    ),
  compositionPart: (label: Label, part: Label, published: number, computed: number, variant: 'within' | 'beyond') =>
    both(
      `${en(label)}, ${en(part)}: published ${fmt(published)}% differs from its figure ÷ the sum of the parts' figures = ${fmt(computed)}%${variant === 'within' ? ', within rounding' : ', by more than rounding explains'}.`,
      `${zh(label)}:${zh(part)}公布为 ${fmt(published)}%,与其对应数据÷各部分数据之和 = ${fmt(computed)}% 不同${variant === 'within' ? ',在修约误差以内' : ',超出修约误差'}。`,
    ),
  oneName: (field: 'indicator' | 'label', headline: string) =>
    both(
      `This target is for the level of headline indicator "${headline}", which already has a name in headline.yaml; remove "${field}" so that the indicator has one name everywhere.`,
      `该目标针对主要指标“${headline}”的总量,其名称已在 headline.yaml 中给出;请删除“${field}”,使该指标处处同名。`,
    ),
  editionEmpty: () =>
    both(
      'The edition states no figure: add at least one headline result (headline.yaml), achievement, target with a figure, or table row.',
      '本版本没有任何数据:请至少录入一项主要指标(headline.yaml)、成果、带数值的目标或统计表中的一行。',
    ),
  ratioBeyondRounding: (label: Label, ratio: number, computed: number) =>
    both(
      `${en(label)}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% by more than rounding explains.`,
      `${zh(label)}:文中比重 ${fmt(ratio)}% 与分子÷分母 = ${fmt(computed)}% 的差异超出修约误差。`,
    ),
  ratioWithinRounding: (label: Label, ratio: number, computed: number) =>
    both(
      `${en(label)}: stated ratio ${fmt(ratio)}% differs from numerator ÷ denominator = ${fmt(computed)}% in the last digit, within rounding.`,
      `${zh(label)}:文中比重 ${fmt(ratio)}% 与分子÷分母 = ${fmt(computed)}% 末位不同,在修约误差以内。`,
    ),
  partExceedsWhole: (label: Label, part: number, whole: number) =>
    both(
      `${en(label)}: the part ${fmt(part)} is larger than the whole ${fmt(whole)} it belongs to.`,
      `${zh(label)}:分项 ${fmt(part)} 大于其所属总数 ${fmt(whole)}。`,
    ),
  followsFrom: (message: MessageText, figures: readonly { id: string; where: string }[]) =>
    both(
      `${message.en} (follows from ${figures.map((f) => `${f.id} in ${f.where}`).join(' and ')}: if you changed ${figures.length === 1 ? 'it' : 'one of them'}, check this figure too)`,
      `${message.zh}(由 ${figures.map((f) => `${f.where} 中的 ${f.id}`).join(' 和 ')} 引起:如改动了${figures.length === 1 ? '该数据' : '其中之一'},请一并核对此处)`,
    ),
  acknowledged: (message: MessageText, note: { zh: string; en: string }) =>
    both(`${message.en} Acknowledged in the data: ${note.en}`, `${message.zh}数据中已说明:${note.zh}`),
} as const;

export const formatNumber = fmt;
