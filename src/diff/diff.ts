import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { loadDataset } from '../load/dataset.js';
import type { EditionData, Text, UnitsFile } from '../dataset/schema.js';
import { validateDataset } from '../validate/validate.js';
import type { GlyphCoverage } from '../fonts/coverage.js';

import { targetName, walkEdition } from '../dataset/walk.js';
import { rowStatus, type Status } from '../model/status.js';
import { statusSymbols, statusText } from '../present/reader.js';
import type { UiStrings } from '../present/strings.js';
import type { ValidEdition } from '../dataset/edition.js';

/**
 * What changed in the dataset between a git ref and the working tree, per edition: figures (by a
 * stable key: id and field) with their published digits, items added or removed, texts and source
 * phrases (by id path), the source document's lines, and targets whose status flipped. An edition
 * that does not validate is reported as invalid, with its errors. For editors' pull requests.
 */

export interface FigureValue {
  readonly label: Text;
  readonly value: number;
  /** As published in the data file ("5.0"), so the diff shows what the reports show. */
  readonly text: string;
  readonly unit: string;
}

const number = (n: number) => String(Number(n.toFixed(10)));

/** Every figure of an edition under a stable key (from the one walk), e.g. "gdp", "gdp.growth", "by-sector.total.totalInvestment". */
function figureValues(edition: Pick<ValidEdition, 'data' | 'files'>): Map<string, FigureValue> {
  const { data, files } = edition;
  const figures = new Map<string, FigureValue>();
  for (const record of walkEdition(data).citations) {
    const label = record.label ?? { zh: record.key, en: record.key };
    for (const value of record.values) {
      if (value.unit === 'rank') continue;
      const raw = files[record.role].rawScalar(value.path);
      const text = raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw) && Number(raw) === value.value ? raw : number(value.value);
      const key = value.field === 'value' ? record.key : `${record.key}.${value.field}`;
      figures.set(key, { label, value: value.value, text, unit: value.unit });
    }
  }
  return figures;
}

/** Fields that hold a phrase quoted from the source document. */
const phraseFields = new Set(['source', 'captionSource', 'noteSource', 'phrase']);

/**
 * Every bilingual text and every source phrase of an edition, by a path that names list items by
 * their id where they have one ("sections.review.r1.summary", "headline.indicators.gdp.source"), so
 * that inserting an item does not make every later one look changed.
 */
function textValues(data: EditionData): { texts: Map<string, Text>; phrases: Map<string, string> } {
  const texts = new Map<string, Text>();
  const phrases = new Map<string, string>();
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const id =
          item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : String(i);
        walk(item, `${at}.${id}`);
      });
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.zh === 'string' && typeof record.en === 'string') texts.set(at, { zh: record.zh, en: record.en });
      else {
        for (const [key, item] of Object.entries(record)) {
          const where = at ? `${at}.${key}` : key;
          if (phraseFields.has(key) && typeof item === 'string') phrases.set(where, item);
          else walk(item, where);
        }
      }
    }
  };
  walk(data, '');
  return { texts, phrases };
}

/** Review-target statuses (met, not met, not comparable) by row id. */
function statuses(data: EditionData, units: UnitsFile): Map<string, { label: Text; status: Status }> {
  const figureById = new Map([...data.headline.indicators, ...data.achievements.achievements].map((f) => [f.id, f]));
  return new Map(
    (data.reviewTargets?.rows ?? []).map((row) => {
      const reference = row.target.kind === 'relative' ? figureById.get(row.target.against) : undefined;
      const label = targetName(data, { id: row.id, own: row.indicator, headline: row.headline });
      return [row.id, { label, status: rowStatus(row, units, reference) }];
    }),
  );
}

export interface EditionDiff {
  readonly edition: string;
  /** invalid: the edition (in the working tree) does not validate; its errors are listed. */
  readonly status: 'changed' | 'added' | 'removed' | 'invalid';
  /** Errors that make the edition invalid (in the working tree; in the base when noted). */
  readonly errors: readonly Diagnostic[];
  /** The base version did not validate (so figures could not all be compared). */
  readonly baseInvalid: boolean;
  readonly changed: { key: string; label: Text; old: string; new: string; unit: string }[];
  readonly added: { key: string; label: Text; value: string; unit: string }[];
  readonly removed: { key: string; label: Text; value: string; unit: string }[];
  readonly texts: { key: string; lang: 'zh' | 'en'; old: string; new: string }[];
  readonly phrases: { key: string; old: string; new: string }[];
  readonly statusFlips: { key: string; label: Text; old: Status; new: Status }[];
  /** Lines of the source document removed and added (order kept, unchanged lines left out). */
  readonly sourceDocument?: { removed: string[]; added: string[] };
}

/** One side of the comparison: the edition folders present, and what could be read of each. */
interface Side {
  readonly folders: ReadonlySet<string>;
  readonly editions: Map<string, ValidEdition>;
  readonly errors: Map<string, Diagnostic[]>;
  readonly units?: UnitsFile;
}

function lineChanges(before: string, after: string): { removed: string[]; added: string[] } | undefined {
  if (before === after) return undefined;
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const [oldLines, newLines] = [before.split('\n').filter((l) => l.trim()), after.split('\n').filter((l) => l.trim())];
  const [oldCount, newCount] = [count(oldLines), count(newLines)];
  const only = (lines: string[], mine: Map<string, number>, theirs: Map<string, number>) =>
    lines.filter((line) => {
      const surplus = (mine.get(line) ?? 0) - (theirs.get(line) ?? 0);
      if (surplus <= 0) return false;
      mine.set(line, (mine.get(line) ?? 0) - 1);
      return true;
    });
  return { removed: only(oldLines, new Map(oldCount), newCount), added: only(newLines, new Map(newCount), oldCount) };
}

function diffEdition(edition: string, base: Side, head: Side): EditionDiff {
  const before = base.editions.get(edition);
  const after = head.editions.get(edition);
  const headErrors = head.errors.get(edition) ?? [];
  const baseErrors = base.errors.get(edition) ?? [];
  const inHead = head.folders.has(edition);
  const status: EditionDiff['status'] = !inHead
    ? 'removed'
    : headErrors.length > 0
      ? 'invalid'
      : !base.folders.has(edition)
        ? 'added'
        : 'changed';
  const diff: EditionDiff = {
    edition,
    status,
    errors: headErrors,
    baseInvalid: base.folders.has(edition) && baseErrors.length > 0,
    changed: [],
    added: [],
    removed: [],
    texts: [],
    phrases: [],
    statusFlips: [],
  };
  // Figures are compared where both sides could be read; an unreadable side is reported, not taken as empty.
  const comparable = (status === 'added' || before !== undefined) && (status === 'removed' || after !== undefined);
  if (!comparable) return diff;
  const old = before ? figureValues(before) : new Map<string, FigureValue>();
  const now = after ? figureValues(after) : new Map<string, FigureValue>();
  for (const [key, figure] of now) {
    const previous = old.get(key);
    if (!previous) diff.added.push({ key, label: figure.label, value: figure.text, unit: figure.unit });
    else if (previous.value !== figure.value || previous.text !== figure.text || previous.unit !== figure.unit) {
      diff.changed.push({ key, label: figure.label, old: previous.text, new: figure.text, unit: figure.unit });
    }
  }
  for (const [key, figure] of old)
    if (!now.has(key)) diff.removed.push({ key, label: figure.label, value: figure.text, unit: figure.unit });
  if (before && after) {
    const [oldText, newText] = [textValues(before.data), textValues(after.data)];
    for (const [key, text] of newText.texts) {
      const previous = oldText.texts.get(key);
      if (!previous) continue;
      for (const lang of ['zh', 'en'] as const) {
        if (previous[lang] !== text[lang]) diff.texts.push({ key, lang, old: previous[lang], new: text[lang] });
      }
    }
    for (const [key, phrase] of newText.phrases) {
      const previous = oldText.phrases.get(key);
      if (previous !== undefined && previous !== phrase) diff.phrases.push({ key, old: previous, new: phrase });
    }
    if (base.units && head.units) {
      const oldStatus = statuses(before.data, base.units);
      for (const [key, { label, status: now }] of statuses(after.data, head.units)) {
        const was = oldStatus.get(key)?.status;
        if (was !== undefined && was !== now) diff.statusFlips.push({ key: `${key}.status`, label, old: was, new: now });
      }
    }
    const lines = lineChanges(before.sourceText, after.sourceText);
    if (lines) return { ...diff, sourceDocument: lines };
  }
  return diff;
}

function editionFolders(dataDir: string): Set<string> {
  try {
    return new Set(
      readdirSync(path.join(dataDir, 'editions'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name),
    );
  } catch {
    return new Set();
  }
}

/** Loads and checks a dataset folder: the editions that could be read in full, and each edition's errors. */
function readSide(dataDir: string, glyphs: GlyphCoverage): Side {
  const sink = new DiagnosticSink();
  const dataset = validateDataset(loadDataset({ dataDir, rootDir: dataDir }, sink), { glyphs }, sink);
  const folders = editionFolders(dataDir);
  const errors = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(sink.items)) {
    if (d.severity !== 'error') continue;
    const folder = /^editions\/([^/]+)\//.exec(d.file)?.[1];
    // A shared file's error (units, glossary) makes every edition invalid.
    for (const edition of folder !== undefined ? [folder] : [...folders]) errors.set(edition, [...(errors.get(edition) ?? []), d]);
  }
  return {
    folders,
    editions: new Map(dataset.editions.map((e) => [e.folder, e])),
    errors,
    ...(dataset.units ? { units: dataset.units } : {}),
  };
}

/** A git ref that names no commit: a clear message instead of git's own, twice. */
export class UnknownRefError extends Error {}

/** Writes the data folder as it is at a git ref into a temporary folder. File names may hold any character. */
export function checkoutData(repoDir: string, ref: string, dataPath = 'data'): string {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      cwd: repoDir,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
  } catch {
    throw new UnknownRefError(
      `Could not compare with "${ref}": it is not a commit, branch or tag of the repository in ${repoDir}. Name one that exists (git log --oneline, git branch -a), or fetch it first (git fetch origin main).`,
    );
  }
  const target = mkdtempSync(path.join(os.tmpdir(), 'plan-base-'));
  // -z: names as they are, NUL-separated (no quoting of non-ASCII names, no trouble with newlines).
  const listing = execFileSync('git', ['ls-tree', '-r', '-z', '--full-tree', ref, '--', dataPath], {
    cwd: repoDir,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const entry of listing.toString('utf8').split('\0').filter(Boolean)) {
    const tab = entry.indexOf('\t');
    const [mode, type, object] = entry.slice(0, tab).split(' ');
    const name = entry.slice(tab + 1);
    if (type !== 'blob' || mode === '120000') continue; // submodules and symbolic links are not data
    const bytes = execFileSync('git', ['cat-file', 'blob', object!], { cwd: repoDir, maxBuffer: 64 * 1024 * 1024 });
    const relative = path.relative(dataPath, name);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const file = path.join(target, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return target;
}

export function diffDatasets(baseDir: string, headDir: string, glyphs: GlyphCoverage): EditionDiff[] {
  const base = readSide(baseDir, glyphs);
  const head = readSide(headDir, glyphs);
  const names = [...new Set([...base.folders, ...head.folders])].sort();
  return names
    .map((name) => diffEdition(name, base, head))
    .filter(
      (d) =>
        d.status !== 'changed' ||
        d.baseInvalid ||
        d.changed.length + d.added.length + d.removed.length + d.texts.length + d.phrases.length + d.statusFlips.length > 0 ||
        d.sourceDocument !== undefined,
    );
}

const cell = (text: string) => oneLine(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
const shorten = (line: string) => (line.length > 160 ? `${line.slice(0, 159)}…` : line);

export type DiffLanguage = 'en' | 'zh-CN';

const words = {
  en: {
    title: (base: string) => `## Data changes against \`${base}\``,
    nothing: 'No figure or text changed.',
    invalid: (n: number) => `invalid: ${n} error${n === 1 ? '' : 's'}, not built`,
    added: 'added',
    removed: 'removed',
    fixFirst: 'This edition does not validate; fix these first (`npm run validate`):',
    baseInvalid: 'The base version of this edition did not validate; only what could be read on both sides is compared.',
    figures: '| Id | Figure | Old | New | Unit |',
    flips: '**Target status changed:**',
    addedItems: '**Added:**',
    removedItems: '**Removed:**',
    texts: '| Text | Language | Old | New |',
    phrases: '| Source phrase | Old | New |',
    source: (removed: number, added: number) => `**Source document (source.txt):** ${removed} line(s) removed, ${added} added.`,
  },
  'zh-CN': {
    title: (base: string) => `## 与 \`${base}\` 相比的数据改动`,
    nothing: '没有数据或文字改动。',
    invalid: (n: number) => `未通过校验:${n} 个错误,未生成报告`,
    added: '新增',
    removed: '删除',
    fixFirst: '此版本未通过校验,请先改正以下问题(`npm run validate -- --lang zh-CN`):',
    baseInvalid: '此版本在比较基准中未通过校验,只比较了两边都能读取的内容。',
    figures: '| 编号 | 数据 | 原值 | 新值 | 单位 |',
    flips: '**目标完成情况改变:**',
    addedItems: '**新增:**',
    removedItems: '**删除:**',
    texts: '| 文字 | 语言 | 原文 | 新文 |',
    phrases: '| 出处原文 | 原文 | 新文 |',
    source: (removed: number, added: number) => `**源文件(source.txt):** 删除 ${removed} 行,新增 ${added} 行。`,
  },
} as const;

/** The diff as Markdown, for the job summary and for editors running it locally; in English or Chinese. */
export function diffMarkdown(diffs: readonly EditionDiff[], base: string, language: DiffLanguage = 'en', strings?: UiStrings): string {
  return guardCommands(diffLines(diffs, oneLine(base), language, strings).join('\n'));
}

function diffLines(diffs: readonly EditionDiff[], base: string, language: DiffLanguage, strings: UiStrings | undefined): string[] {
  const w = words[language];
  const zh = language === 'zh-CN';
  const label = (text: Text) => (zh ? `${cell(text.zh)} / ${cell(text.en)}` : `${cell(text.en)} / ${cell(text.zh)}`);
  const status = (s: Status) => (strings ? statusText(strings, s) : `${statusSymbols[s]} ${s}`);
  const lines = [w.title(base), ''];
  if (diffs.length === 0) {
    lines.push(w.nothing, '');
    return lines;
  }
  for (const d of diffs) {
    const heading = d.status === 'invalid' ? w.invalid(d.errors.length) : d.status === 'changed' ? '' : w[d.status];
    lines.push(`### ${oneLine(d.edition)}${heading ? ` (${heading})` : ''}`, '');
    if (d.errors.length > 0) {
      lines.push(w.fixFirst, '');
      for (const e of d.errors)
        lines.push(`- \`data/${e.file}:${e.place.line}:${e.place.column}\` ${cell(zh ? e.messageZh : e.message)} \`${e.ruleId}\``);
      lines.push('');
    }
    if (d.baseInvalid) lines.push(w.baseInvalid, '');
    if (d.changed.length > 0) {
      lines.push(w.figures, '| --- | --- | ---: | ---: | --- |');
      for (const c of d.changed) lines.push(`| \`${c.key}\` | ${label(c.label)} | ${c.old} | ${c.new} | ${cell(c.unit)} |`);
      lines.push('');
    }
    if (d.statusFlips.length > 0) {
      lines.push(w.flips, '');
      for (const s of d.statusFlips) lines.push(`- \`${s.key}\` ${label(s.label)}: ${status(s.old)} → ${status(s.new)}`);
      lines.push('');
    }
    for (const [title, items] of [
      [w.addedItems, d.added],
      [w.removedItems, d.removed],
    ] as const) {
      if (items.length === 0) continue;
      lines.push(title, '');
      for (const item of items)
        lines.push(`- \`${item.key}\` ${cell(zh ? item.label.zh : item.label.en)}: ${item.value} ${cell(item.unit)}`);
      lines.push('');
    }
    if (d.texts.length > 0) {
      lines.push(w.texts, '| --- | --- | --- | --- |');
      for (const t of d.texts) lines.push(`| \`${t.key}\` | ${t.lang} | ${cell(t.old)} | ${cell(t.new)} |`);
      lines.push('');
    }
    if (d.phrases.length > 0) {
      lines.push(w.phrases, '| --- | --- | --- |');
      for (const p of d.phrases) lines.push(`| \`${p.key}\` | ${cell(p.old)} | ${cell(p.new)} |`);
      lines.push('');
    }
    if (d.sourceDocument) {
      lines.push(w.source(d.sourceDocument.removed.length, d.sourceDocument.added.length), '');
      for (const l of d.sourceDocument.removed) lines.push(`- − ${cell(shorten(l))}`);
      for (const l of d.sourceDocument.added) lines.push(`- + ${cell(shorten(l))}`);
      lines.push('');
    }
  }
  // Every text above comes from the data (or from a base the pull request chose): one line each.
  return lines;
}

/** Whether any edition in the working tree does not validate (the diff command then exits 1). */
export const hasInvalid = (diffs: readonly EditionDiff[]): boolean => diffs.some((d) => d.status === 'invalid');
