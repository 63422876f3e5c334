/**
 * Starts next year's edition from this year's (npm run new-edition): the edition metadata carried
 * with its years advanced and marked as a draft, and the main targets of this year's plan as next
 * year's review targets, their results pending. Knows kinds of field, never one edition's items:
 * every field a main target and a review target share is carried as written (its number's
 * decimals, its comments), so that a field added to both schemas is carried too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import type { ZodObject, ZodRawShape } from 'zod';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { editionFiles, pendingResult, textLimits, type EditionData } from '../dataset/schema.js';
import type { ValidEdition } from '../dataset/edition.js';
import type { GlyphCoverage } from '../fonts/coverage.js';
import { loadDataset } from '../load/dataset.js';
import { validateDataset } from '../validate/validate.js';
import { checkExistingEdition, checkNewId, EditionInputError, writeEditionFolder } from './edition-folder.js';

export interface NewEditionOptions {
  readonly dataDir: string;
  readonly rootDir: string;
  readonly from: string;
  readonly id: string;
  readonly glyphs: GlyphCoverage;
}

export interface NewEdition {
  readonly dir: string;
  readonly files: readonly string[];
  /** The main targets carried as review targets. */
  readonly carried: number;
  readonly planYear: number;
  readonly reviewYear: number;
}

/** The marks of a drafted title, put before the carried title. */
export const draftTitleMark = { zh: '【草稿】', en: 'DRAFT: ' } as const;

/** The fields of a review target (review-targets.yaml rows), from its schema. */
function reviewRowFields(): ReadonlySet<string> {
  const rows = (editionFiles.reviewTargets.schema.innerType().shape.rows as unknown as { element: ZodObject<ZodRawShape> }).element;
  return new Set(Object.keys(rows.shape));
}

/**
 * A main target's fields under the names a review target gives them: its name (`label`) is the
 * row's `indicator`, the headline indicator it sets (`indicator`) the row's `headline`.
 */
const renamed: Readonly<Record<string, string>> = { label: 'indicator', indicator: 'headline' };
/** Fields the carried row sets itself. */
const setHere = new Set(['id', 'no', 'continues', 'actual', 'drafted', 'notInLastPlan', 'completion']);

/** Every year of the edition in `text` (its review and plan years) one year later. */
export function advanceYears(text: string, years: readonly number[]): string {
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (match) => (years.includes(Number(match)) ? String(Number(match) + 1) : match));
}

/** The id of the review target that judges main target `id`: m-gdp-growth → r-gdp-growth, other → r-other. */
export function reviewRowId(id: string): string {
  return `r-${id.replace(/^m-/, '')}`.slice(0, textLimits.id).replace(/-+$/, '');
}

/** Checks the input, builds the new edition's files and writes them (all or nothing). */
export function startNextEdition(options: NewEditionOptions): NewEdition {
  const { dataDir, from, id } = options;
  checkExistingEdition(dataDir, from);
  const dir = checkNewId(dataDir, id);
  const previous = validPrevious(options);
  const data = previous.data;
  const { planYear, reviewYear } = data.edition;
  if (data.planTargets.main.length === 0) {
    throw new EditionInputError(
      `Edition "${from}" has no main targets (plan-targets.yaml main) to carry into next year's review: nothing was written.`,
      `版本“${from}”没有可转入下一年执行情况的主要目标(plan-targets.yaml 的 main):未写入任何文件。`,
    );
  }
  const years = [reviewYear, planYear];
  const files: Record<string, string | Uint8Array> = {
    'edition.yaml': editionYaml(previous, id, years),
    'review-targets.yaml': reviewTargetsYaml(previous, years),
    // Until this year's report replaces it, last year's text: every carried phrase is quoted from it.
    [data.edition.source.file]: readFileSync(path.join(previous.dir, data.edition.source.file)),
  };
  if (previous.files.glossary.text) files['glossary.yaml'] = previous.files.glossary.text;
  writeEditionFolder(dir, files);
  return { dir, files: Object.keys(files), carried: data.planTargets.main.length, planYear: planYear + 1, reviewYear: reviewYear + 1 };
}

/** The --from edition, checked: one with errors is not carried (its errors would be). */
function validPrevious(options: NewEditionOptions): ValidEdition {
  const sink = new DiagnosticSink();
  const dataset = validateDataset(
    loadDataset({ dataDir: options.dataDir, rootDir: options.rootDir, only: [options.from] }, sink),
    { glyphs: options.glyphs },
    sink,
  );
  const errors = sink.items.filter((d) => d.severity === 'error');
  const edition = dataset.editions.find((e) => e.folder === options.from);
  if (!edition || errors.length > 0) {
    const first = errors[0];
    const where = first ? ` The first: ${first.file}:${first.place.line}:${first.place.column} ${first.message}` : '';
    const whereZh = first ? `第一个:${first.file}:${first.place.line}:${first.place.column} ${first.messageZh}` : '';
    throw new EditionInputError(
      `Edition "${options.from}" does not validate (${errors.length} error(s)): fix it first (npm run validate); nothing was written.${where}`,
      `版本“${options.from}”未通过校验(${errors.length} 个错误):请先改正(npm run validate);未写入任何文件。${whereZh}`,
    );
  }
  return edition;
}

/** edition.yaml: carried with the years advanced, the title marked as a draft, the whole marked drafted. */
function editionYaml(previous: ValidEdition, id: string, years: readonly number[]): string {
  const doc = parseDocument(previous.files.edition.text);
  const advance = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string') node.value = advanceYears(node.value, years);
    else if (isMap(node) || isSeq(node)) for (const item of node.items) advance(isMap(node) ? (item as { value: unknown }).value : item);
  };
  const root = doc.contents as YAMLMap;
  root.set('id', id);
  root.set('planYear', years[1]! + 1);
  root.set('reviewYear', years[0]! + 1);
  for (const key of ['title', 'documentType', 'dataVersion']) advance(root.get(key, true));
  // The source phrase stays as written: it is quoted from the text carried beside it until this year's replaces it.
  const source = root.get('source', true) as YAMLMap | undefined;
  if (source) advance(source.get('title', true));
  const title = root.get('title', true) as YAMLMap | undefined;
  if (title) {
    for (const lang of ['zh', 'en'] as const) {
      const text = title.get(lang);
      if (typeof text === 'string' && !text.startsWith(draftTitleMark[lang])) title.set(lang, `${draftTitleMark[lang]}${text}`);
    }
  }
  // Facts of last year's release and meeting are not this year's.
  for (const key of ['released', 'nextUpdate', 'meeting']) root.delete(key);
  root.set('drafted', true);
  doc.commentBefore =
    ` Started by npm run new-edition from ${previous.folder}: years advanced, title marked as a draft.\n` +
    ` Check every field, replace ${previous.data.edition.source.file} with this year's report, then remove "drafted: true".`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** review-targets.yaml: each main target of the previous plan as a review target, its result pending. */
function reviewTargetsYaml(previous: ValidEdition, years: readonly number[]): string {
  const data: EditionData = previous.data;
  const plan = parseDocument(previous.files.planTargets.text);
  const main = plan.get('main', true) as YAMLSeq<YAMLMap>;
  const fields = reviewRowFields();
  const doc = new Document();
  const text = (value: { zh: string; en: string }) => doc.createNode(value, { flow: true });
  const rows = new YAMLSeq();
  data.planTargets.main.forEach((target, i) => {
    const node = main.items[i]!.clone() as YAMLMap;
    const row = new YAMLMap();
    row.set('id', reviewRowId(target.id));
    row.set('no', i + 1);
    row.set('continues', target.id);
    // A row is named by its own label: the headline indicator it continues may not be in the new edition yet.
    if (!target.label && target.indicator) {
      const headline = data.headline.indicators.find((h) => h.id === target.indicator);
      if (headline) row.set('indicator', text(headline.label));
    }
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const name = renamed[key] ?? key;
      if (setHere.has(name) || !fields.has(name) || name === 'source') continue;
      row.set(name, pair.value as YamlNode);
    }
    row.set('actual', pendingResult);
    row.set('source', target.source);
    rows.items.push(row);
  });
  const previousReview = data.reviewTargets;
  // The caption as last year's, a year on; none when last year's targets had no captioned table.
  const previousCaption = previousReview ? previousReview.caption : undefined;
  const caption = previousCaption
    ? { zh: advanceYears(previousCaption.zh, years), en: advanceYears(previousCaption.en, years) }
    : previousReview
      ? undefined
      : { zh: `${years[1]}年主要指标完成情况`, en: `Main targets and results, ${years[1]}` };
  doc.contents = doc.createNode(
    caption
      ? { caption: text(caption), captionSource: previousReview?.captionSource ?? data.edition.source.phrase, rows: [] }
      : { rows: [] },
  );
  (doc.contents as YAMLMap).set('rows', rows);
  doc.commentBefore =
    ` Started by npm run new-edition: the main targets of ${previous.folder}'s ${years[1]} plan, judged in this year's review.\n` +
    ` Enter each result from this year's report in place of "actual: ${pendingResult}", with the phrase that publishes it (source);\n` +
    " the target, its value, unit and bound words must stay as last year's plan set them (checked: plan:target-carried).";
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
