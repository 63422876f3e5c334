import { both } from '../../messages.js';
import { defineRule } from '../define.js';

export const rule = defineRule({
  id: 'plan:ref-resolves',
  severity: 'error',
  summary:
    'A reference (unit, section, figure id, [[figure]] in text) names nothing that exists, or the two languages of a text cite different figures.',
  fix: {
    en: 'Correct the reference, or add the unit to data/units.yaml; cite the same [[figures]] in both languages of a text.',
    zh: '更正引用，或在 data/units.yaml 中添加该单位；同一文本的中英文引用相同的 [[数据]]。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    editionFolder: (id: string, folder: string) =>
      both(`Edition id "${id}" must equal its folder name "${folder}".`, `版本编号“${id}”必须与其文件夹名“${folder}”相同。`),
    unknownUnit: (unit: string) =>
      both(
        `Unit "${unit}" is not in data/units.yaml; add it there or use a listed unit.`,
        `单位“${unit}”不在 data/units.yaml 中；请在其中添加或改用已列出的单位。`,
      ),
    nounNotCount: (unit: string, noun: string) =>
      both(
        `"${noun}" names what a count counts, but unit "${unit}" is not a count (in data/units.yaml a count's unit, or the unit it is a multiple of, has inline: false): the English workbook would show the noun in place of the unit. Remove noun, or correct the unit.`,
        `“${noun}”是计数所计事物的英文名称，而单位“${unit}”不是计数单位（data/units.yaml 中计数单位或其基本单位标有 inline: false）：英文工作簿会以该名称取代单位。请删除 noun，或更正单位。`,
      ),
    unknownSection: (section: string, kind: 'review' | 'plan') =>
      both(
        `Section "${section}" is not one of the ${kind} sections in sections.yaml.`,
        `领域“${section}”不是 sections.yaml 中的${kind === 'review' ? '执行情况' : '工作举措'}领域。`,
      ),
    citedDiffer: (zh: readonly string[], en: readonly string[]) =>
      both(
        `The English text cites ${en.map((r) => `[[${r}]]`).join(' ') || 'no figure'}, the Chinese ${zh.map((r) => `[[${r}]]`).join(' ') || 'no figure'}: both languages cite the same figures, so that every number a reader sees is the checked figure.`,
        `英文文本引用 ${en.map((r) => `[[${r}]]`).join(' ') || '（无）'}，中文引用 ${zh.map((r) => `[[${r}]]`).join(' ') || '（无）'}：两种语言须引用相同的数据，读者看到的每个数字才是经过核对的数据。`,
      ),
    unknownFigure: (ref: string) => both(`"${ref}" names no figure of this edition.`, `“${ref}”不是本版本中任何数据的编号。`),
    unknownDocument: (ref: string, documents: readonly string[]) =>
      both(
        `"${ref}" names no document under sources in context.yaml (its documents: ${documents.join(', ') || 'none'}).`,
        `“${ref}”不是 context.yaml 中 sources 所列的文件（所列文件：${documents.join('、') || '无'}）。`,
      ),
    unknownColumn: (ref: string, table: string, columns: readonly string[]) =>
      both(
        `"${ref}" names no column of table "${table}" (its columns: ${columns.join(', ')}).`,
        `“${ref}”不是表“${table}”的列（该表的列：${columns.join('、')}）。`,
      ),
    selfReference: (id: string, field: string) =>
      both(
        `"${id}" names itself as its ${field}: the check that compares the two (part within whole, growth in step) would compare it with itself and could never fail. Name the other figure.`,
        `“${id}”的 ${field} 指向它自己：比较二者的校验（部分不大于整体、同步增长）将与自身比较，永远不会失败。请写明另一项数据。`,
      ),
    unknownTable: (ref: string) => both(`"${ref}" names no statistical table of this edition.`, `“${ref}”不是本版本中任何统计表的编号。`),
    ratioInputsDiffer: (id: string, reason: 'quantity' | 'year' | 'table') =>
      both(
        `Ratio "${id}" divides ${{ quantity: 'figures of different quantities (or a share)', year: 'figures of different years', table: "a table's total by a figure outside that table, whose year the table does not state" }[reason]}: a ratio of them would mean nothing, and the brief would print it. Divide two figures of one quantity, year and area.`,
        `比率“${id}”${{ quantity: '的分子、分母计量的量不同（或为占比）', year: '的分子、分母年份不同', table: '以统计表的合计与表外数据相除，而该表的年份未标明' }[reason]}：这样的比率没有意义，而简报会印出它。请用同一计量、同一年份、同一范围的两项数据相除。`,
      ),
    shareOfShare: (column: string, ref: string) =>
      both(
        `Column "${column}" is given as a share of "${ref}", which is ${column === ref ? 'itself' : 'a share column too'}: its shares would be checked against themselves, so no check could fail. Name the column of amounts it is a share of.`,
        `列“${column}”被设为“${ref}”的占比，而该列${column === ref ? '就是它自己' : '本身也是占比列'}：占比将与自身比较，校验永远不会失败。请写明它所占的数额列。`,
      ),
  },
  docs: {
    en: `Something refers to what does not exist: a unit not in \`units.yaml\`, a \`section\` not in
\`sections.yaml\`, an \`indicator\`, \`partOf\` or \`ratioOf\` id, or \`[[id]]\` in text, naming no figure; in
\`context.yaml\`, a figure's \`document\` naming no source, or its \`compares\` or \`perCapita\` naming no
headline indicator or achievement; in \`headline.yaml\`, a ratio's \`numerator\` or \`denominator\` naming no
figure, table or column, or dividing figures of different quantities or years.
A review target whose result is pending (\`actual: pending\`) may name a figure of the report still to
come in \`headline\` or \`against\`: those are checked once its result is entered.
The Chinese and English of a text in \`sections.yaml\` cite the same \`[[id]]\` figures: an English highlight
that typed its figure ("RMB 95 billion") where the Chinese cites it validated, and its number was never
checked against the source.
*Fix:* correct the reference, or add the unit to \`units.yaml\`.`,
    zh: `引用了不存在的对象：\`units.yaml\` 中没有的单位、\`sections.yaml\` 中没有的领域 \`section\`，或 \`indicator\`、\`partOf\`、\`ratioOf\` 的编号以及文字中的 \`[[id]]\` 不对应任何数据；\`context.yaml\` 中对比数据的 \`document\` 不是所列文件，或 \`compares\`、\`perCapita\` 不是主要指标或成果；\`headline.yaml\` 中比率的 \`numerator\`、\`denominator\` 不对应任何数据、表或列，或以不同计量、不同年份的数据相除。
结果待填报（\`actual: pending\`）的目标，其 \`headline\`、\`against\` 可指向尚待录入的数据：填入结果后再核对。
\`sections.yaml\` 中同一文本的中英文须引用相同的 \`[[id]]\` 数据：英文要点不引用而直接写出数字（“RMB 95 billion”）曾通过校验，
该数字从未与原文核对。
*改法：*更正引用，或在 \`units.yaml\` 中添加该单位。`,
  },
});
