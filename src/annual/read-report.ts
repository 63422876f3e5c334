/**
 * Reads a district's annual plan report as text into proposed data items: headline results,
 * review targets with their results (from the targets table), main and work targets of the plan,
 * sections with their quantified results. Each item quotes the phrase it came from, as written.
 *
 * It knows the shape of these reports, never one report's items: a review part (a heading with
 * 执行情况) and a plan part (a heading with the plan year and 目标/举措/计划/工作, or the paragraph
 * of 主要预期目标), sections numbered 一、二、…, a targets table whose rows are cells between |,
 * and the numbers and words the phrase reader (src/validate/phrase-words.ts) reads. Labels are the
 * Chinese words before a figure; nothing is translated.
 */
import { readPhrase, type PhraseNumber, type PhraseWords, type RankStatement } from '../validate/phrase-words.js';

export interface Figure {
  readonly label: string;
  /** The number as written (5.0), and the unit id. */
  readonly value: string;
  readonly unit: string;
  readonly growth?: string;
  readonly change?: string;
  readonly bound?: PhraseNumber['bound'] extends infer B ? (B extends { bound: infer K } ? K : never) : never;
  readonly estimate?: true;
  readonly ranks: readonly { measure: string; measureLabel?: string; scope: string; position: number }[];
  readonly source: string;
}

export type DraftTarget =
  | { kind: 'numeric'; value: string; unit: string; bound?: string; strive?: true }
  | { kind: 'relative'; relation: string; against: string; text: string }
  | { kind: 'rank'; scope: string; position?: number; text: string };

export interface PlanTargetDraft {
  readonly label: string;
  readonly measure: 'level' | 'growth';
  readonly target: DraftTarget;
  readonly source: string;
}

export interface ReviewRowDraft {
  readonly no: number;
  readonly label: string;
  readonly group?: string;
  readonly target: DraftTarget;
  readonly actual: readonly { value: string; unit: string; measure?: 'growth'; year?: number }[];
  readonly completion?: string;
  /** The positions the result cell states (列全市第2位). */
  readonly ranks: readonly { measure: string; measureLabel?: string; scope: string; position: number }[];
  readonly source: string;
}

export interface TableDraft {
  readonly caption: string;
  readonly dimension: string;
  readonly columns: readonly { label: string; unit: string; decimals: number }[];
  readonly rows: readonly { label: string; values: readonly (string | undefined)[]; source: string }[];
  readonly total?: { label: string; values: readonly (string | undefined)[]; source: string };
}

export interface SectionDraft {
  readonly title: string;
  readonly summary: string;
  readonly figures: readonly Figure[];
  readonly targets: readonly PlanTargetDraft[];
}

export interface ReportDraft {
  readonly reviewYear?: number;
  readonly planYear?: number;
  readonly district?: string;
  readonly city?: string;
  /** The line that names the report (its title as the text gives it). */
  readonly titleLine?: string;
  readonly headline: readonly Figure[];
  readonly reviewCaption?: string;
  readonly reviewRows: readonly ReviewRowDraft[];
  readonly mainTargets: readonly PlanTargetDraft[];
  readonly reviewSections: readonly SectionDraft[];
  readonly planSections: readonly SectionDraft[];
  /** Statistical tables other than the targets table: caption, first column, columns with their units, rows. */
  readonly tables: readonly TableDraft[];
  /** Figures read with a unit the units registry does not list (not proposed): their phrases. */
  readonly unknownUnits: readonly { unit: string; source: string }[];
}

const sectionHeading = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*(.+)$/;
/** Numbering before a heading: 一、 or （一）. */
const numbering = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*/;
const sentenceEnd = /[。；;！!？?\n]/;
const hasNumber = /\d/;
/** Words that open a figure's clause without naming it. */
const leadWords = /^(?:[——\-\s]+|全年|全区|全县|全市|年内|其中[:：]?|累计|实现|完成|达到|共计|共|新增加|为|今年|上年|同比)+/;
/** Words between a figure's name and its number. */
const linkWords =
  /(?:分别|达到|达|为|实现|完成|超过|突破|约|近|累计|共|总计|合计|增至|提高到|提升至|保持|稳定在|控制在|是|有|了|同比|比上年|初步预计|预计|预估)+$/;

/** Splits a report into lines, and finds its years, names, parts and sections. */
export function readReport(text: string, knownUnits: ReadonlySet<string>): ReportDraft {
  const lines = text.split(/\r?\n/);
  const { reviewYear, planYear, titleLine } = findYears(lines);
  const { district, city } = findNames(titleLine ?? lines.slice(0, 5).join(''));
  const unknownUnits: { unit: string; source: string }[] = [];
  const figuresIn = (lineText: string) => readFigures(lineText, knownUnits, unknownUnits);

  // Parts: review (执行情况), plan (the plan year's targets and work), other (project lists, tables).
  type Part = 'intro' | 'review' | 'plan' | 'other';
  let part: Part = 'intro';
  let current: { title: string; lines: string[] } | undefined;
  const reviewSections: { title: string; lines: string[] }[] = [];
  const planSections: { title: string; lines: string[] }[] = [];
  const overview: string[] = [];
  const mainLines: string[] = [];
  let inMainList = false;
  let table: { caption?: string; header?: string[]; rows: string[] } | undefined;
  const tables: { caption?: string; header: string[]; rows: string[] }[] = [];
  let lastCaption: string | undefined;

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.includes('|')) {
      const cells = cellsOf(line);
      if (!table) {
        table = { ...(lastCaption ? { caption: lastCaption } : {}), header: cells, rows: [] };
        tables.push(table as { caption?: string; header: string[]; rows: string[] });
      } else table.rows.push(line);
      continue;
    }
    table = undefined;
    if (/^表\s*\d+/.test(line)) {
      lastCaption = line;
      continue;
    }
    lastCaption = undefined;
    const heading = isPartHeading(line, reviewYear, planYear);
    if (heading) {
      part = heading;
      current = undefined;
      inMainList = false;
      continue;
    }
    if (part !== 'other' && /主要预期目标/.test(line) && planYear !== undefined) {
      part = 'plan';
      current = undefined;
      inMainList = true;
      const after = line.split(/主要预期目标[^:：]*[:：]/)[1];
      if (after && hasNumber.test(after)) mainLines.push(after);
      continue;
    }
    const section = sectionHeading.exec(line);
    if (section && line.length <= 60 && (part === 'review' || part === 'plan')) {
      inMainList = false;
      current = { title: section[1]!.trim(), lines: [] };
      (part === 'review' ? reviewSections : planSections).push(current);
      continue;
    }
    if (inMainList) {
      // The list of main targets: one per line (——…；), up to the sentence that leaves it.
      if (/^(?:——|-|—|\d+[.、)）])/.test(line) || mainLines.length === 0) mainLines.push(line);
      else if (
        mainLines.length > 0 &&
        !/^(?:围绕|为|我们|重点)/.test(line) &&
        line.length < 40 &&
        !sentenceEnd.test(mainLines.at(-1)!.slice(-1))
      ) {
        // A target broken over two lines ("…比重保\n持全省前列。").
        mainLines.push(line);
      } else inMainList = false;
      if (inMainList) continue;
    }
    if (current) current.lines.push(line);
    else if (part === 'review') overview.push(line);
  }

  const headline = overview.flatMap(figuresIn);
  const reviewTable = tables.find((t) => t.header.some((c) => /目标|计划/.test(c)) && t.header.some((c) => /完成|实际|执行/.test(c)));
  const headlineFor = (words: string) => headline.find((h) => words.includes('经济') && /生产总值|GDP/.test(h.label)) ?? headline[0];
  return {
    ...(reviewYear !== undefined ? { reviewYear } : {}),
    ...(planYear !== undefined ? { planYear } : {}),
    ...(district ? { district } : {}),
    ...(city ? { city } : {}),
    ...(titleLine ? { titleLine } : {}),
    headline,
    ...(reviewTable?.caption ? { reviewCaption: reviewTable.caption } : {}),
    reviewRows: reviewTable ? readReviewRows(reviewTable.rows, reviewYear, knownUnits, headlineFor) : [],
    mainTargets: joinBroken(mainLines).flatMap((l) => readTargets(l, knownUnits, headlineFor)),
    reviewSections: reviewSections.map((s) => ({
      title: s.title,
      summary: firstSentence(s.lines),
      figures: s.lines.flatMap(figuresIn),
      targets: [],
    })),
    planSections: planSections.map((s) => ({
      title: s.title,
      summary: firstSentence(s.lines),
      figures: [],
      targets: s.lines.flatMap((l) => readTargets(l, knownUnits, headlineFor)),
    })),
    tables: tables.filter((t) => t !== reviewTable).flatMap((t) => readTable(t, knownUnits)),
    unknownUnits,
  };
}

/** A table of figures: each column's unit from its header ("总投资额 (亿元)"), rows of a label and numbers; 合计 rows are the total. */
function readTable(table: { caption?: string; header: string[]; rows: string[] }, knownUnits: ReadonlySet<string>): TableDraft[] {
  if (!table.caption || table.header.length < 2) return [];
  const columns = table.header.slice(1).map((h) => {
    const unit = /[(（]\s*([^)）]+?)\s*[)）]\s*$/.exec(h)?.[1] ?? '';
    return { label: h.replace(/[(（][^)）]*[)）]\s*$/, '').trim(), unit };
  });
  if (columns.some((c) => !knownUnits.has(c.unit) || c.label === '')) return [];
  const rows: { label: string; values: (string | undefined)[]; source: string }[] = [];
  for (const line of table.rows) {
    const cells = line.split('|').map((c) => c.trim());
    const label = cells[0] ?? '';
    const values = columns.map((_, i) => (/^-?\d+(?:\.\d+)?$/.test(cells[i + 1] ?? '') ? cells[i + 1] : undefined));
    if (label === '' || values.every((v) => v === undefined)) continue;
    rows.push({ label, values, source: `${line.replace(/[\s|]+$/, '')} |` });
  }
  const totalAt = rows.findIndex((r) => /合计|总计/.test(r.label));
  const total = totalAt >= 0 ? rows.splice(totalAt, 1)[0] : undefined;
  if (rows.length === 0) return [];
  const decimals = columns.map((_, i) =>
    Math.max(0, ...[...rows, ...(total ? [total] : [])].map((r) => (r.values[i]?.split('.')[1] ?? '').length)),
  );
  return [
    {
      caption: table.caption,
      dimension: table.header[0]!,
      columns: columns.map((c, i) => ({ ...c, decimals: decimals[i]! })),
      rows,
      ...(total ? { total } : {}),
    },
  ];
}

/** The review year and plan year: the first line naming a year and the next (its title). */
function findYears(lines: readonly string[]): { reviewYear?: number; planYear?: number; titleLine?: string } {
  for (const line of lines.slice(0, 40)) {
    const years = [...line.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1]));
    const first = years.find((y) => years.includes(y + 1));
    if (first !== undefined) return { reviewYear: first, planYear: first + 1, titleLine: titlePhrase(line, first) };
  }
  // Else the most frequent year and the one after it.
  const counts = new Map<number, number>();
  for (const m of lines.join('\n').matchAll(/(?<!\d)(\d{4})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best === undefined ? {} : { reviewYear: best, planYear: best + 1 };
}

/** The part of a title line that names the report: the clause of its first year, after the words that introduce it (向大会报告, 关于). */
function titlePhrase(line: string, year: number): string {
  const at = line.indexOf(`${year}年`);
  const { start, end } = clauseAround(line, at);
  const clause = line.slice(start, end).replace(/[:：].*$/, '');
  const lead = /^.*(?:报告|关于|审议|提请)/.exec(clause.slice(0, at - start));
  return clause
    .slice(lead ? lead[0].length : 0)
    .replace(/^[《“"]/, '')
    .trim();
}

/** The city and district a title names: 某某市某某区 (or a district or county alone). */
function findNames(text: string): { district?: string; city?: string } {
  const both = /([\p{Script=Han}]{2,4}?市)([\p{Script=Han}]{1,5}?[区县旗])(?=\d{4}|[\p{Script=Han}])/u.exec(text);
  if (both) return { city: both[1]!, district: both[2]! };
  const alone = /([\p{Script=Han}]{1,5}?[区县旗])\d{4}年/u.exec(text);
  return alone ? { district: alone[1]! } : {};
}

function isPartHeading(line: string, reviewYear?: number, planYear?: number): 'review' | 'plan' | 'other' | undefined {
  const numbered = numbering.test(line);
  line = line.replace(numbering, '');
  if (line.length > 40 || /[，,。；;:：]/.test(line)) return undefined;
  if (reviewYear !== undefined && line.includes(`${reviewYear}年`) && /执行情况|工作回顾/.test(line)) return 'review';
  if (planYear !== undefined && line.includes(`${planYear}年`) && /目标|举措|计划|工作|安排/.test(line)) return 'plan';
  // A numbered heading that names no year is a section, not a part.
  return !numbered && /项目|附|表/.test(line) && !hasNumber.test(line.replace(/\d{4}年/g, '')) ? 'other' : undefined;
}

function cellsOf(line: string): string[] {
  return line
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function joinBroken(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last !== undefined && !/[。；;，,]$/.test(last) && !/^(?:——|-|—)/.test(line)) joined[joined.length - 1] = last + line;
    else joined.push(line);
  }
  return joined;
}

function firstSentence(lines: readonly string[]): string {
  const text = lines[0] ?? '';
  const stop = text.search(/[。；;]/);
  return (stop < 0 ? text : text.slice(0, stop + 1)).slice(0, 500);
}

/** The clause of `text` holding position `at`: from the previous break to the next. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[，,；;。：:！!？?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[，,；;。！!？?\n]/.test(text[end]!)) end++;
  return { start, end };
}

/** The name of a figure: the words before its number in its clause, without lead and link words. */
function nameBefore(text: string, from: number, at: number): string {
  let name = text.slice(from, at).replace(/[、\s]+$/, '');
  name = name.replace(/^[、\s]+/, '').replace(leadWords, '');
  for (let i = 0; i < 3; i++) name = name.replace(linkWords, '').replace(/(?:增长|增加|提高|上升|下降|减少|回落|超|逾|不少于|不低于)$/, '');
  name = name.replace(/[(（][^)）]*$/, '').replace(/[“”"]/g, (q) => q);
  return name.trim();
}

/**
 * The figures of one line: each number with a unit the registry knows that states a level, with
 * the growth or change that follows it and the rank statements after it. A growth with no level
 * before it is a figure of its own (a rate, in %).
 */
function readFigures(line: string, knownUnits: ReadonlySet<string>, unknown: { unit: string; source: string }[]): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of sentencesOf(line)) {
    const words = readPhrase(sentence.text);
    let last: { figure: Figure; index: number; clauseStart: number } | undefined;
    let labelFrom = 0;
    words.numbers.forEach((n, k) => {
      if (/^\d{4}$/.test(n.text) && n.unit === '年') return; // a year
      const clause = clauseAround(sentence.text, n.start);
      const unit = n.unit === '个百分点' ? '个百分点' : n.unit;
      if (unit === '' || /^[年月日]$/.test(unit)) return;
      const isChange = n.change !== undefined && !n.change.shared;
      if (isChange && last && (unit === '%' || unit === '个百分点')) {
        // Growth (增长5.0%) or change in points (提高1.2个百分点) of the figure before it.
        const key = unit === '%' ? 'growth' : 'change';
        if (last.figure[key] === undefined) {
          const value = n.change!.direction === 'decline' ? `-${n.text}` : n.text;
          last.figure = { ...last.figure, [key]: value, source: sentence.text.slice(sourceStart(last.figure, sentence.text), clause.end) };
          figures[last.index] = last.figure;
          labelFrom = clause.end;
          return;
        }
      }
      if (!knownUnits.has(unit)) {
        unknown.push({ unit, source: sentence.text.slice(clause.start, clause.end) });
        return;
      }
      const start = Math.max(clause.start, labelFrom, k > 0 && sameList(words, k) ? clause.start : 0);
      let label = nameBefore(sentence.text, start, n.start);
      if (isChange && label !== '') label = `${label.replace(/增速$/, '')}增速`;
      if (label === '' || label.length > 40 || !/\p{Script=Han}/u.test(label)) return;
      const figure: Figure = {
        label,
        value: isChange ? (n.change!.direction === 'decline' ? `-${n.text}` : n.text) : n.text,
        unit,
        ...(n.bound ? { bound: n.bound.bound } : {}),
        ...(words.estimates.some((e) => e.at >= clause.start && e.at < n.start) ? { estimate: true as const } : {}),
        ranks: [],
        source: sentence.text
          .slice(labelStartIn(sentence.text, start, n.start, label), Math.max(clause.end, n.end + unitLength(sentence.text, n.end)))
          .replace(/[、，,；;。]+$/, ''),
      };
      figures.push(figure);
      last = { figure, index: figures.length - 1, clauseStart: clause.start };
      labelFrom = clause.start;
    });
    // Ranks: each statement belongs to the figure before it in the sentence.
    for (const rank of words.ranks) {
      if (rank.position === undefined) continue;
      const owner = [...figures].reverse().find((f) => sentence.text.indexOf(f.source) >= 0 && sentence.text.indexOf(f.source) < rank.at);
      if (!owner) continue;
      const i = figures.indexOf(owner);
      const ownerStart = sentence.text.indexOf(owner.source);
      const measure = rank.measure ?? 'total';
      figures[i] = {
        ...owner,
        ranks: [
          ...owner.ranks,
          {
            measure,
            ...(measure === 'other' && rank.measureWord ? { measureLabel: rank.measureWord } : {}),
            scope: rank.scope,
            position: rank.position,
          },
        ],
        source: sentence.text.slice(ownerStart, Math.max(ownerStart + owner.source.length, rank.at + rank.text.length)),
      };
    }
  }
  return figures;
}

/** Whether number k continues a list (、) from the number before it. */
function sameList(words: PhraseWords, k: number): boolean {
  const previous = words.numbers[k - 1];
  return previous !== undefined && words.numbers[k]!.bound?.shared === true;
}

function sourceStart(figure: Figure, text: string): number {
  return Math.max(0, text.indexOf(figure.source));
}

function labelStartIn(text: string, from: number, at: number, label: string): number {
  const found = text.lastIndexOf(label.slice(0, Math.min(label.length, 4)), at);
  return Math.max(found, from);
}

/** The length of the unit and bound words right after a number (亿元以上). */
function unitLength(text: string, end: number): number {
  const m = /^[十百千万亿]?[余多]?[^\d，,；;。、|\s]{0,4}?(?:以上|左右|以内|以下)?(?=[，,；;。、|\s]|$)/.exec(text.slice(end));
  return m ? m[0].length : 0;
}

function sentencesOf(line: string): { text: string }[] {
  return line
    .split(/(?<=[。；;！!？?])/)
    .map((text) => ({ text: text.trim() }))
    .filter((s) => hasNumber.test(s.text) || /同步|前列|首位|[第前][一二三四五六七八九十]/.test(s.text));
}

/** Targets of a plan line: each clause with a number, a relation (与…同步) or a rank aim (保持全省前列). */
function readTargets(line: string, knownUnits: ReadonlySet<string>, headlineFor: (words: string) => Figure | undefined): PlanTargetDraft[] {
  const targets: PlanTargetDraft[] = [];
  const text = line.replace(/^(?:——|-|—|\d+[.、)）])/, '');
  const quoteFrom = line.split(/\n/)[0]!;
  for (const sentence of sentencesOf(text)) {
    const words = readPhrase(sentence.text);
    let labelFrom = 0;
    for (const n of words.numbers) {
      const clause = clauseAround(sentence.text, n.start);
      if (n.unit === '' || !knownUnits.has(n.unit)) continue;
      const growth = n.change !== undefined && n.change.direction === 'rise' && n.unit === '%';
      const start = Math.max(clause.start, labelFrom);
      let label = nameBefore(sentence.text, start, n.start).replace(/^(?:力争|争取|确保)/, '');
      if (label === '' || label.length > 40 || !/\p{Script=Han}/u.test(label)) continue;
      if (growth) label = `${label.replace(/增速$/, '')}增速`;
      const from = labelStartIn(sentence.text, start, n.start, label.replace(/增速$/, ''));
      const strive = n.strive !== undefined;
      const phraseStart = strive ? Math.min(from, n.strive!.at) : from;
      // To the end of the clause: a bound word may follow the list the number is in (80%、90%左右).
      const source = sentence.text
        .slice(phraseStart, Math.max(clause.end, n.end + unitLength(sentence.text, n.end)))
        .replace(/[、，,；;。]+$/, '');
      targets.push({
        label,
        measure: growth ? 'growth' : 'level',
        target: {
          kind: 'numeric',
          value: n.text,
          unit: n.unit,
          ...(n.bound ? { bound: n.bound.bound } : {}),
          ...(strive ? { strive: true as const } : {}),
        },
        source: quotable(source, quoteFrom),
      });
      labelFrom = n.end;
    }
    for (const relative of words.relatives) {
      const clause = clauseAround(sentence.text, relative.at);
      const reference = headlineFor(relative.against);
      if (!reference) continue;
      const phrase = sentence.text.slice(
        clause.start,
        relative.at + relative.word.length + (relative.word === '同步' ? 0 : relative.against.length),
      );
      const label = nameBefore(
        sentence.text,
        clause.start,
        sentence.text.indexOf(relative.word === '同步' ? '与' : relative.word, clause.start),
      ).replace(/增长$/, '');
      if (label === '') continue;
      const growthWords = /增长|增速/.test(phrase);
      targets.push({
        label: growthWords ? `${label}增速` : label,
        measure: growthWords ? 'growth' : 'level',
        target: {
          kind: 'relative',
          relation: relative.relation,
          against: reference.label,
          text: phrase.slice(phrase.indexOf(relative.word === '同步' ? '与' : relative.word)),
        },
        source: quotable(phrase, quoteFrom),
      });
    }
    // A rank aim: a verb of keeping or reaching (保持, 位居, 稳居, 进入, 争创) before a rank statement.
    for (const m of sentence.text.matchAll(/(保持|位居|稳居|进入|争创)(?=全区|全市|全省|全国)/g)) {
      const rank = words.ranks.find((r) => r.at <= m.index + m[0].length && m.index + m[0].length < r.at + r.text.length);
      if (!rank) continue;
      const end = rank.at + rank.text.length;
      const clause = clauseAround(sentence.text, m.index);
      const label = nameBefore(sentence.text, clause.start, m.index);
      if (label === '') continue;
      const text = sentence.text.slice(m.index, end);
      targets.push({
        label,
        measure: 'level',
        target: rankTarget(rank, text),
        source: quotable(sentence.text.slice(clause.start, end), quoteFrom),
      });
    }
  }
  return targets;
}

/** A phrase as quoted: validation finds phrases across the text's line breaks, so one read from joined lines stands whole. */
function quotable(phrase: string, _line: string): string {
  return phrase.trim();
}

/** The rows of the targets table: number, name (and sub-row), target, results, completion rate. */
function readReviewRows(
  rows: readonly string[],
  reviewYear: number | undefined,
  knownUnits: ReadonlySet<string>,
  headlineFor: (words: string) => Figure | undefined,
): ReviewRowDraft[] {
  const drafts: ReviewRowDraft[] = [];
  let group: { no: number; name: string } | undefined;
  for (const line of rows) {
    const cells = cellsOf(line);
    let no: number;
    let name: string;
    let rest: string[];
    if (/^\d+$/.test(cells[0] ?? '')) {
      no = Number(cells[0]);
      name = cells[1] ?? '';
      rest = cells.slice(2);
      group = { no, name };
    } else if (group) {
      ({ no, name } = group);
      rest = cells;
    } else continue;
    // A cell with no figure, relation or rank words before the target names a sub-row (区内, 全区).
    const isTarget = (c: string) => hasNumber.test(c) || /同步|快于|高于|前列|首位|[第前][一二三四五六七八九十]/.test(c);
    let sub: string | undefined;
    if (rest[0] !== undefined && !isTarget(rest[0])) [sub, ...rest] = rest;
    const [targetCell, actualCell, completionCell] = rest;
    if (!targetCell || !actualCell) continue;
    const earlier = /[(（](?:错年数据|(\d{4})年数据)[)）]/.exec(name);
    const cleanName = name.replace(/[(（](?:错年数据|\d{4}年数据)[)）]/, '').trim();
    const label = sub ? `${cleanName}(${sub})` : cleanName;
    const target = cellTarget(targetCell, knownUnits, headlineFor);
    if (!target) continue;
    const rate = /率|比重|占比|比例|水平/.test(cleanName);
    const actual = readPhrase(actualCell)
      .numbers.filter((n) => knownUnits.has(n.unit))
      .map((n, k, all) => ({
        value: n.change?.direction === 'decline' ? `-${n.text}` : n.text,
        unit: n.unit,
        // A per cent after a level, or the only per cent of a row that is not a rate, is growth.
        ...(n.unit === '%' &&
        (k > 0 || (!rate && all.length === 1 && target.kind !== 'numeric') || (!rate && target.kind === 'numeric' && target.unit === '%'))
          ? { measure: 'growth' as const }
          : {}),
        ...(earlier ? { year: earlier[1] ? Number(earlier[1]) : (reviewYear ?? 0) - 1 } : {}),
      }));
    if (actual.length === 0) continue;
    const completion = completionCell
      ? /完成[^\d]*?(\d+(?:\.\d+)?)%/.exec(completionCell)?.[1]
      : /完成[^\d]*?(\d+(?:\.\d+)?)%/.exec(actualCell)?.[1];
    const lastCell = completionCell && completion ? completionCell : actualCell;
    const end = line.indexOf(lastCell) + lastCell.length;
    const start = /^\d+$/.test(cells[0] ?? '') ? 0 : line.indexOf(cells[0]!);
    const ranks = readPhrase(actualCell).ranks.flatMap((r) =>
      r.position === undefined
        ? []
        : [
            {
              measure: r.measure ?? (actual.some((a) => a.measure === 'growth') ? 'growth' : 'total'),
              ...(r.measure === 'other' && r.measureWord ? { measureLabel: r.measureWord } : {}),
              scope: r.scope,
              position: r.position,
            },
          ],
    );
    drafts.push({
      no,
      label,
      ...(sub ? { group: cleanName } : {}),
      target,
      actual,
      ...(completion ? { completion } : {}),
      ranks,
      source: `${line.slice(start, end)} |`.replace(/\s+\|$/, ' |'),
    });
  }
  return drafts;
}

/** A rank aim as a target: its scope, and the lowest position that meets it (第二 and 首位: the position; 前三, 前3位: 3; 前列: none). */
function rankTarget(rank: RankStatement, text: string): DraftTarget {
  const position = rank.position ?? rank.top;
  return { kind: 'rank', scope: rank.scope, ...(position !== undefined ? { position } : {}), text };
}

function cellTarget(
  cell: string,
  knownUnits: ReadonlySet<string>,
  headlineFor: (words: string) => Figure | undefined,
): DraftTarget | undefined {
  const words = readPhrase(cell);
  const n = words.numbers.find((x) => knownUnits.has(x.unit));
  if (n) {
    return {
      kind: 'numeric',
      value: n.text,
      unit: n.unit,
      ...(n.bound ? { bound: n.bound.bound } : {}),
      ...(n.strive ? { strive: true as const } : {}),
    };
  }
  const relative = words.relatives[0];
  const reference = relative ? headlineFor(relative.against) : undefined;
  if (relative && reference) return { kind: 'relative', relation: relative.relation, against: reference.label, text: cell };
  const rank = words.ranks[0];
  return rank ? rankTarget(rank, cell) : undefined;
}
