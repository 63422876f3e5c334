import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { loadDataset } from '../load/dataset.js';
import type { EditionData, Text } from '../dataset/schema.js';
import { validateDataset } from '../validate/validate.js';
import type { GlyphCoverage } from '../fonts/coverage.js';

/**
 * What changed in the dataset between a git ref and the working tree, per edition: figures (by a
 * stable key: id and field), items added or removed, and texts. For editors' pull requests.
 */

export interface FigureValue {
  readonly label: Text;
  readonly value: number;
  readonly unit: string;
}

/** Every figure of an edition under a stable key, e.g. "gdp", "gdp.growth", "by-sector.total.totalInvestment". */
export function figureValues(data: EditionData): Map<string, FigureValue> {
  const figures = new Map<string, FigureValue>();
  const put = (key: string, label: Text, value: number | undefined, unit: string) => {
    if (value !== undefined) figures.set(key, { label, value, unit });
  };
  for (const h of data.headline.indicators) {
    put(h.id, h.label, h.value, h.unit);
    put(`${h.id}.growth`, h.label, h.growth, '%');
  }
  for (const a of data.achievements.achievements) {
    put(a.id, a.label, a.value, a.unit);
    put(`${a.id}.growth`, a.label, a.growth, '%');
  }
  for (const row of data.reviewTargets.rows) {
    if (row.target.kind !== 'qualitative') put(`${row.id}.target`, row.indicator, row.target.value, row.target.unit);
    row.actual.forEach((actual, i) => put(`${row.id}.actual${i === 0 ? '' : `.${i + 1}`}`, row.indicator, actual.value, actual.unit));
  }
  for (const t of [...data.planTargets.main, ...data.planTargets.work]) {
    if (t.target.kind !== 'qualitative') put(`${t.id}.target`, t.label, t.target.value, t.target.unit);
  }
  const units = { projects: '个', totalInvestment: '亿元', annualInvestment: '亿元', annualShare: '%' } as const;
  for (const table of data.projects.tables) {
    for (const row of [...table.rows.map((r) => ({ ...r, key: r.id })), { ...table.total, key: 'total' }]) {
      for (const column of Object.keys(units) as (keyof typeof units)[]) put(`${table.id}.${row.key}.${column}`, row.label, row[column], units[column]);
    }
  }
  const pipeline = data.projects.pipeline;
  put('pipeline.total', { zh: '项目总数', en: 'Projects in total' }, pipeline.total.value, pipeline.total.unit);
  put('pipeline.annualInvestment', { zh: '年度计划投资', en: 'Planned investment' }, pipeline.annualInvestment.value, pipeline.annualInvestment.unit);
  for (const stage of pipeline.stages) put(`pipeline.${stage.id}`, stage.label, stage.value, stage.unit);
  for (const reserve of data.projects.reserves) {
    put(`reserves.${reserve.id}.projects`, reserve.label, reserve.projects, '个');
    put(`reserves.${reserve.id}.funding`, reserve.label, reserve.funding, reserve.unit);
  }
  return figures;
}

/** Every bilingual text of an edition by its path, e.g. "sections.review.0.summary". */
export function textValues(data: EditionData): Map<string, Text> {
  const texts = new Map<string, Text>();
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}.${i}`));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.zh === 'string' && typeof record.en === 'string') texts.set(at, { zh: record.zh, en: record.en });
      else for (const [key, item] of Object.entries(record)) walk(item, at ? `${at}.${key}` : key);
    }
  };
  walk(data, '');
  return texts;
}

export interface EditionDiff {
  readonly edition: string;
  readonly status: 'changed' | 'added' | 'removed' | 'unreadable';
  readonly changed: { key: string; label: Text; old: number; new: number; unit: string }[];
  readonly added: { key: string; label: Text; value: number; unit: string }[];
  readonly removed: { key: string; label: Text; value: number; unit: string }[];
  readonly texts: { key: string; lang: 'zh' | 'en'; old: string; new: string }[];
}

function diffEdition(edition: string, before: EditionData | undefined, after: EditionData | undefined): EditionDiff {
  const empty = { edition, changed: [], added: [], removed: [], texts: [] };
  if (!before && !after) return { ...empty, status: 'unreadable' };
  const old = before ? figureValues(before) : new Map<string, FigureValue>();
  const now = after ? figureValues(after) : new Map<string, FigureValue>();
  const diff: EditionDiff = { ...empty, status: !before ? 'added' : !after ? 'removed' : 'changed', changed: [], added: [], removed: [], texts: [] };
  for (const [key, figure] of now) {
    const previous = old.get(key);
    if (!previous) diff.added.push({ key, label: figure.label, value: figure.value, unit: figure.unit });
    else if (previous.value !== figure.value || previous.unit !== figure.unit) {
      diff.changed.push({ key, label: figure.label, old: previous.value, new: figure.value, unit: figure.unit });
    }
  }
  for (const [key, figure] of old) if (!now.has(key)) diff.removed.push({ key, label: figure.label, value: figure.value, unit: figure.unit });
  if (before && after) {
    const oldTexts = textValues(before);
    for (const [key, text] of textValues(after)) {
      const previous = oldTexts.get(key);
      if (!previous) continue;
      for (const lang of ['zh', 'en'] as const) {
        if (previous[lang] !== text[lang]) diff.texts.push({ key, lang, old: previous[lang], new: text[lang] });
      }
    }
  }
  return diff;
}

/** Loads and checks a dataset folder, keeping the editions that could be read in full. */
function readEditions(dataDir: string, glyphs: GlyphCoverage): Map<string, EditionData> {
  const sink = new DiagnosticSink();
  const dataset = validateDataset(loadDataset({ dataDir, rootDir: dataDir }, sink), { glyphs }, sink);
  return new Map(dataset.editions.map((e) => [e.folder, e.data]));
}

/** Writes the data folder as it is at a git ref into a temporary folder. */
export function checkoutData(repoDir: string, ref: string, dataPath = 'data'): string {
  const target = mkdtempSync(path.join(os.tmpdir(), 'plan-base-'));
  const names = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, '--', dataPath], { cwd: repoDir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  for (const name of names) {
    const bytes = execFileSync('git', ['show', `${ref}:${name}`], { cwd: repoDir, maxBuffer: 64 * 1024 * 1024 });
    const file = path.join(target, path.relative(dataPath, name));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return target;
}

export function diffDatasets(baseDir: string, headDir: string, glyphs: GlyphCoverage): EditionDiff[] {
  const before = readEditions(baseDir, glyphs);
  const after = readEditions(headDir, glyphs);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((name) => diffEdition(name, before.get(name), after.get(name))).filter(
    (d) => d.status !== 'changed' || d.changed.length + d.added.length + d.removed.length + d.texts.length > 0,
  );
}

const cell = (text: string) => oneLine(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
const number = (n: number) => String(Number(n.toFixed(10)));

/** The diff as Markdown, for the job summary and for editors running it locally. */
export function diffMarkdown(diffs: readonly EditionDiff[], base: string): string {
  const lines = [`## Data changes against \`${oneLine(base)}\``, ''];
  if (diffs.length === 0) {
    lines.push('No figure or text changed.', '');
    return guardCommands(lines.join('\n'));
  }
  for (const d of diffs) {
    lines.push(`### ${oneLine(d.edition)}${d.status === 'changed' ? '' : ` (${d.status})`}`, '');
    if (d.changed.length > 0) {
      lines.push('| Id | Figure | Old | New | Unit |', '| --- | --- | ---: | ---: | --- |');
      for (const c of d.changed) lines.push(`| \`${cell(c.key)}\` | ${cell(c.label.en)} / ${cell(c.label.zh)} | ${number(c.old)} | ${number(c.new)} | ${cell(c.unit)} |`);
      lines.push('');
    }
    for (const [title, items] of [['Added', d.added], ['Removed', d.removed]] as const) {
      if (items.length === 0) continue;
      lines.push(`**${title}:**`, '');
      for (const item of items) lines.push(`- \`${cell(item.key)}\` ${cell(item.label.en)}: ${number(item.value)} ${cell(item.unit)}`);
      lines.push('');
    }
    if (d.texts.length > 0) {
      lines.push('| Text | Language | Old | New |', '| --- | --- | --- | --- |');
      for (const t of d.texts) lines.push(`| \`${cell(t.key)}\` | ${t.lang} | ${cell(t.old)} | ${cell(t.new)} |`);
      lines.push('');
    }
  }
  // Every text above comes from the data (or from a base the pull request chose): one line each.
  return guardCommands(lines.join('\n'));
}
