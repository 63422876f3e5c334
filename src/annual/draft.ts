/**
 * Drafts an edition from a report's text (npm run draft): what read-report.ts reads, written as the
 * data files of a new edition, every item marked `drafted: true` and quoting its phrase. Chinese
 * labels come from the text; English ones are left for the editor (validation reports each as a
 * missing translation). Never writes over an edition.
 */
import path from 'node:path';
import { Document, Scalar, YAMLMap } from 'yaml';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { UnitsFile } from '../dataset/schema.js';
import { loadYamlFile, readTextFile } from '../load/source-file.js';
import { checkNewId, EditionInputError, writeEditionFolder } from './edition-folder.js';
import { readReport, type DraftTarget, type Figure, type PlanTargetDraft, type ReportDraft } from './read-report.js';

export interface DraftOptions {
  readonly dataDir: string;
  readonly source: string;
  readonly id: string;
  /** Read and count only: write nothing. */
  readonly dryRun?: boolean;
}

export interface DraftResult {
  readonly dir: string;
  readonly files: readonly string[];
  readonly report: ReportDraft;
  readonly counts: {
    headline: number;
    reviewRows: number;
    mainTargets: number;
    workTargets: number;
    achievements: number;
    sections: number;
  };
  /** Every figure the draft holds, with its phrase: for comparing with an edition entered by hand. */
  readonly figures: readonly { value: number; unit: string; source: string }[];
}

const sourceName = 'source.txt';

/** The units an edition may use (data/units.yaml ids). */
export function knownUnits(dataDir: string): Set<string> {
  const sink = new DiagnosticSink();
  const file = loadYamlFile(path.join(dataDir, 'units.yaml'), 'units.yaml', sink);
  const units = (file?.value as UnitsFile | undefined)?.units ?? [];
  return new Set(units.map((u) => u.id));
}

/** Reads the report's text: UTF-8, not empty, with figures; else a clear message and nothing written. */
export function readReportText(source: string): string {
  const sink = new DiagnosticSink();
  const text = readTextFile(path.resolve(source), source, sink, 16 * 1024 * 1024);
  if (text === undefined) {
    const d = sink.items[0];
    throw new EditionInputError(
      `${source}: ${d?.message ?? 'cannot be read'} Nothing was written.`,
      `${source}:${d?.messageZh ?? '无法读取'}未写入任何文件。`,
    );
  }
  if (text.trim() === '') {
    throw new EditionInputError(
      `${source} is empty: give the report's full text (UTF-8). Nothing was written.`,
      `${source} 为空:请提供报告全文(UTF-8)。未写入任何文件。`,
    );
  }
  return text;
}

/** Reads the report, checks the input, and writes the drafted edition (all or nothing) unless dryRun. */
export function draftEdition(options: DraftOptions): DraftResult {
  const dir = checkNewId(options.dataDir, options.id);
  const text = readReportText(options.source);
  const report = readReport(text, knownUnits(options.dataDir));
  const files = draftFiles(report, options.id, text);
  const figures = draftFigures(report);
  if (figures.length === 0) {
    throw new EditionInputError(
      `${options.source} holds no figure this program can read (a number with a unit such as 亿元, %, 个): is it the report's text? Nothing was written.`,
      `${options.source} 中没有本程序能读出的数据(带单位的数字,如 亿元、%、个):是否为报告正文?未写入任何文件。`,
    );
  }
  if (!options.dryRun) writeEditionFolder(dir, files);
  const sections = report.reviewSections.length + report.planSections.length;
  return {
    dir,
    files: Object.keys(files),
    report,
    counts: {
      headline: report.headline.length,
      reviewRows: report.reviewRows.length,
      mainTargets: report.mainTargets.length,
      workTargets: report.planSections.reduce((n, s) => n + s.targets.length, 0),
      achievements: report.reviewSections.reduce((n, s) => n + s.figures.length, 0),
      sections,
    },
    figures,
  };
}

function draftFigures(report: ReportDraft): { value: number; unit: string; source: string }[] {
  const out: { value: number; unit: string; source: string }[] = [];
  const figure = (f: Figure) => {
    out.push({ value: Number(f.value), unit: f.unit, source: f.source });
    if (f.growth !== undefined) out.push({ value: Number(f.growth), unit: '%', source: f.source });
    if (f.change !== undefined) out.push({ value: Number(f.change), unit: '个百分点', source: f.source });
  };
  const target = (t: { target: DraftTarget; source: string }) => {
    if (t.target.kind === 'numeric') out.push({ value: Number(t.target.value), unit: t.target.unit, source: t.source });
  };
  report.headline.forEach(figure);
  for (const s of report.reviewSections) s.figures.forEach(figure);
  for (const row of report.reviewRows) {
    target(row);
    for (const a of row.actual) out.push({ value: Number(a.value), unit: a.unit, source: row.source });
    if (row.completion !== undefined) out.push({ value: Number(row.completion), unit: '%', source: row.source });
  }
  report.mainTargets.forEach(target);
  for (const s of report.planSections) s.targets.forEach(target);
  for (const t of report.tables) {
    for (const r of [...t.rows, ...(t.total ? [t.total] : [])]) {
      r.values.forEach((v, i) => {
        if (v !== undefined) out.push({ value: Number(v), unit: t.columns[i]!.unit, source: r.source });
      });
    }
  }
  return out;
}

/** A number as written: 5.0 keeps its decimal. */
function num(text: string): Scalar {
  const scalar = new Scalar(Number(text));
  const dot = text.indexOf('.');
  if (dot >= 0) scalar.minFractionDigits = text.length - dot - 1;
  return scalar;
}

/** The data files of the drafted edition. */
function draftFiles(report: ReportDraft, id: string, text: string): Record<string, string> {
  const doc = new Document();
  const zh = (value: string) => doc.createNode({ zh: value }, { flow: true });
  const rankNode = (r: ReportDraft['reviewRows'][number]['ranks'][number]) =>
    doc.createNode(
      { measure: r.measure, ...(r.measureLabel ? { measureLabel: { zh: r.measureLabel } } : {}), scope: r.scope, position: r.position },
      { flow: true },
    );
  const yaml = (header: string, contents: unknown) => {
    const d = new Document(contents);
    d.commentBefore = header;
    return d.toString({ lineWidth: 0, flowCollectionPadding: false });
  };
  const header = (what: string) =>
    ` Drafted by npm run draft from the report's text: ${what}.\n` +
    ' Every item is marked drafted: true. Check each against its phrase in source.txt (value, unit, growth, bound and\n' +
    ' strive words, label), add its English label (en), then remove the mark (CONTRIBUTING.md, "Draft an edition from the report\'s text").';
  const files: Record<string, string> = { [sourceName]: text };
  const reviewYear = report.reviewYear ?? new Date().getUTCFullYear() - 1;
  const planYear = report.planYear ?? reviewYear + 1;
  const district = report.district ?? id;
  const title = report.titleLine ?? `${report.city ?? ''}${district}${reviewYear}年计划执行情况与${planYear}年计划`;
  const titlePhrase = report.titleLine && text.includes(report.titleLine) ? report.titleLine : undefined;
  const edition = new YAMLMap();
  edition.set('id', id);
  edition.set('district', zh(district));
  edition.set('city', zh(report.city ?? district));
  edition.set('planYear', planYear);
  edition.set('reviewYear', reviewYear);
  edition.set('title', zh(title));
  edition.set('issuer', zh(`${report.city ?? ''}${district}人民政府`));
  edition.set('documentType', zh('书面报告'));
  edition.set(
    'source',
    doc.createNode({
      file: sourceName,
      title: { zh: title },
      note: { zh: `报告全文,保存于本目录 ${sourceName}` },
      phrase: titlePhrase ?? firstLine(text),
    }),
  );
  edition.set('dataVersion', `${planYear}.1`);
  edition.set('drafted', true);
  files['edition.yaml'] = yaml(header('edition metadata, read from the title line; issuer and document type are guesses'), edition);

  // Ids: by position (the editor may rename them); a headline indicator's id is referred to by relative targets.
  const headlineIds = new Map<string, string>();
  const figureNode = (f: Figure, fid: string, extra: Record<string, unknown> = {}) => {
    const node = new YAMLMap();
    node.set('id', fid);
    for (const [k, v] of Object.entries(extra)) node.set(k, v);
    node.set('label', zh(f.label));
    node.set('value', num(f.value));
    node.set('unit', f.unit);
    if (f.growth !== undefined) node.set('growth', num(f.growth));
    if (f.change !== undefined) node.set('change', num(f.change));
    if (f.bound) node.set('qualifier', f.bound);
    if (f.estimate) node.set('estimate', true);
    if (f.ranks.length > 0) {
      node.set('ranks', f.ranks.map(rankNode));
    }
    node.set('source', f.source);
    node.set('drafted', true);
    return node;
  };
  if (report.headline.length > 0) {
    const items = report.headline.map((f, i) => {
      const hid = `h${i + 1}`;
      if (!headlineIds.has(f.label)) headlineIds.set(f.label, hid);
      return figureNode(f, hid);
    });
    files['headline.yaml'] = yaml(header('headline results, from the review part before its first section'), { indicators: items });
  }
  const targetNode = (t: DraftTarget) => {
    switch (t.kind) {
      case 'numeric': {
        const node = new YAMLMap();
        node.flow = true;
        node.set('kind', 'numeric');
        if (t.strive) node.set('strive', true);
        if (t.bound) node.set('bound', t.bound);
        node.set('value', num(t.value));
        node.set('unit', t.unit);
        return node;
      }
      case 'relative':
        return doc.createNode(
          { kind: 'relative', relation: t.relation, against: headlineIds.get(t.against) ?? t.against, text: { zh: t.text } },
          { flow: true },
        );
      case 'rank':
        return doc.createNode(
          { kind: 'rank', scope: t.scope, ...(t.position ? { position: t.position } : {}), text: { zh: t.text } },
          { flow: true },
        );
    }
  };
  if (report.reviewRows.length > 0) {
    const rows = report.reviewRows.map((row, i) => {
      const node = new YAMLMap();
      node.set('id', `t${i + 1}`);
      node.set('no', row.no);
      if (row.group) node.set('group', zh(row.group));
      node.set('indicator', zh(row.label));
      node.set('target', targetNode(row.target));
      node.set(
        'actual',
        row.actual.map((a) => {
          const m = new YAMLMap();
          m.flow = true;
          m.set('value', num(a.value));
          m.set('unit', a.unit);
          if (a.measure) m.set('measure', a.measure);
          if (a.year) m.set('year', a.year);
          return m;
        }),
      );
      if (row.completion !== undefined) node.set('completion', num(row.completion));
      if (row.ranks.length > 0) node.set('ranks', row.ranks.map(rankNode));
      node.set('source', row.source);
      node.set('drafted', true);
      return node;
    });
    const caption = report.reviewCaption ?? `${reviewYear}年主要指标完成情况`;
    files['review-targets.yaml'] = yaml(header('the targets table of the review'), {
      caption: zh(caption),
      captionSource: report.reviewCaption ?? titlePhrase ?? firstLine(text),
      rows,
    });
  }
  const planNode = (t: PlanTargetDraft, tid: string, section?: string) => {
    const node = new YAMLMap();
    node.set('id', tid);
    if (section) node.set('section', section);
    node.set('label', zh(t.label));
    node.set('measure', t.measure);
    node.set('target', targetNode(t.target));
    node.set('source', t.source);
    node.set('drafted', true);
    return node;
  };
  const main = report.mainTargets.map((t, i) => planNode(t, `m${i + 1}`));
  const work = report.planSections.flatMap((s, si) => s.targets.map((t, i) => planNode(t, `w${si + 1}-${i + 1}`, `p${si + 1}`)));
  if (main.length + work.length > 0)
    files['plan-targets.yaml'] = yaml(header('the main targets of the plan, and the quantified targets of each plan section'), {
      main,
      work,
    });
  const achievements = report.reviewSections.flatMap((s, si) =>
    s.figures.map((f, i) => figureNode(f, `a${si + 1}-${i + 1}`, { section: `r${si + 1}` })),
  );
  if (achievements.length > 0) files['achievements.yaml'] = yaml(header('the quantified results of each review section'), { achievements });
  if (report.tables.length > 0) {
    const tables = report.tables.map((t, ti) => {
      const values = (vs: readonly (string | undefined)[]) => {
        const m = new YAMLMap();
        m.flow = true;
        vs.forEach((v, i) => {
          if (v !== undefined) m.set(`c${i + 1}`, num(v));
        });
        return m;
      };
      const node = new YAMLMap();
      node.set('id', `table-${ti + 1}`);
      node.set('caption', zh(t.caption));
      node.set('captionSource', t.caption);
      node.set('dimension', zh(t.dimension));
      node.set(
        'columns',
        t.columns.map((c, i) =>
          doc.createNode({ id: `c${i + 1}`, label: { zh: c.label }, unit: c.unit, decimals: c.decimals }, { flow: true }),
        ),
      );
      node.set(
        'rows',
        t.rows.map((r, ri) => {
          const row = new YAMLMap();
          row.set('id', `r${ri + 1}`);
          row.set('label', zh(r.label));
          row.set('values', values(r.values));
          row.set('source', r.source);
          return row;
        }),
      );
      if (t.total) {
        const total = new YAMLMap();
        total.set('label', zh(t.total.label));
        total.set('values', values(t.total.values));
        total.set('source', t.total.source);
        node.set('total', total);
      }
      node.set('drafted', true);
      return node;
    });
    files['tables.yaml'] = yaml(header('the statistical tables, each column with the unit its header names'), { tables });
  }
  const section = (s: ReportDraft['reviewSections'][number], sid: string) =>
    doc.createNode({ id: sid, title: { zh: s.title }, summary: { zh: s.summary || s.title }, drafted: true });
  if (report.reviewSections.length + report.planSections.length > 0) {
    files['sections.yaml'] = yaml(header('the sections of the review and of the plan, each summed up by its first sentence'), {
      review: report.reviewSections.map((s, i) => section(s, `r${i + 1}`)),
      plan: report.planSections.map((s, i) => section(s, `p${i + 1}`)),
    });
  }
  return files;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').trim().slice(0, 200);
}
