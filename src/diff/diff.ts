import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { diffArrays, diffWords } from 'diff';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { guardCommands, markdownCode, markdownText } from '../diagnostics/escape.js';
import { firstItems } from '../diagnostics/markdown-budget.js';
import { rules, type RuleId } from '../diagnostics/rules.js';
import { parse as parseYaml } from 'yaml';
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
  /** Where it is: the file's role, then the path inside it. */
  readonly path: readonly (string | number)[];
}

const number = (n: number) => String(Number(n.toFixed(10)));

/** Every figure of an edition under a stable key (from the one walk), e.g. "gdp", "gdp.growth", "by-sector.total.totalInvestment". */
function figureValues(edition: Pick<ValidEdition, 'data' | 'files'>): Map<string, FigureValue> {
  const { data, files } = edition;
  const figures = new Map<string, FigureValue>();
  for (const record of walkEdition(data).citations) {
    const label = record.label ?? { zh: record.key, en: record.key };
    for (const value of record.values) {
      const raw = files[record.role].rawScalar(value.path);
      const text = raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw) && Number(raw) === value.value ? raw : number(value.value);
      figures.set(figureKey(record.key, value), { label, value: value.value, text, unit: value.unit, path: [record.role, ...value.path] });
    }
  }
  return figures;
}

/**
 * A figure's stable key: the record's, then the field; a rank position by its place in the item's
 * ranks ("gdp.ranks.0"), since an item may hold several (they shared one key, so rank positions were
 * left out of the diff and a position changed from 3 to 1 showed nothing).
 */
function figureKey(key: string, value: { field: string; path: readonly (string | number)[] }): string {
  if (value.field === 'value') return key;
  const rank = value.path.indexOf('ranks');
  if (rank >= 0 && typeof value.path[rank + 1] === 'number') return `${key}.ranks.${value.path[rank + 1]}`;
  return `${key}.${value.field}`;
}

/** Fields that hold a phrase quoted from the source document. */
const phraseFields = new Set(['source', 'captionSource', 'noteSource', 'phrase']);

/**
 * Every bilingual text, every source phrase and every other setting of an edition (a bound, an
 * estimate flag, a year, a measure, decimals, a column's shareOf: whatever is neither a text nor a
 * figure), by a path that names list items by their id where they have one
 * ("sections.review.r1.summary", "headline.indicators.gdp.source", "plan.main.m-jobs.target.bound"),
 * so that inserting an item does not make every later one look changed. `figures` holds the paths
 * (role, then the path in the file) of the numbers compared as figures, which are left out here.
 */
function textValues(
  data: EditionData,
  figures: ReadonlySet<string>,
): { texts: Map<string, Text>; phrases: Map<string, string>; settings: Map<string, string> } {
  const texts = new Map<string, Text>();
  const phrases = new Map<string, string>();
  const settings = new Map<string, string>();
  const walk = (value: unknown, at: string, raw: readonly (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const id =
          item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : String(i);
        walk(item, `${at}.${id}`, [...raw, i]);
      });
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.zh === 'string' && typeof record.en === 'string') texts.set(at, { zh: record.zh, en: record.en });
      else {
        for (const [key, item] of Object.entries(record)) {
          const where = at ? `${at}.${key}` : key;
          if (phraseFields.has(key) && typeof item === 'string') phrases.set(where, item);
          // An item's id is in the path of everything it holds.
          else if (key === 'id' && typeof item === 'string') continue;
          else walk(item, where, [...raw, key]);
        }
      }
    } else if (value !== undefined && value !== null && !figures.has(pathKey(raw))) {
      settings.set(at, String(value));
    }
  };
  walk(data, '', []);
  return { texts, phrases, settings };
}

const pathKey = (path: readonly (string | number)[]) => path.join('\u0000');

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
  /** Old and new as written (so "5" against "5.0" shows), each with its unit. */
  readonly changed: {
    key: string;
    label: Text;
    old: string;
    new: string;
    oldUnit: string;
    /** The new unit (also `unit`, for the tables that show one). */
    unit: string;
    /** What differs: the value, the unit, the written decimals (5.0 → 5). */
    what: ('value' | 'unit' | 'decimals')[];
  }[];
  readonly added: { key: string; label: Text; value: string; unit: string }[];
  readonly removed: { key: string; label: Text; value: string; unit: string }[];
  readonly texts: { key: string; lang: 'zh' | 'en'; old: string; new: string }[];
  readonly phrases: { key: string; old: string; new: string }[];
  /** Other settings of items (bound, estimate, year, measure, decimals, shareOf…): absent on one side when added or removed. */
  readonly settings: { key: string; old?: string; new?: string }[];
  readonly statusFlips: { key: string; label: Text; old: Status; new: Status }[];
  /**
   * Lines of the source document removed and added (order kept, unchanged lines left out); a line
   * replaced by one line is also listed in `replaced`, whose word diff shows what changed in it.
   */
  readonly sourceDocument?: { removed: string[]; added: string[]; replaced: { old: string; new: string }[] };
}

/** One side of the comparison: the edition folders present, and what could be read of each. */
interface Side {
  readonly folders: ReadonlySet<string>;
  readonly editions: Map<string, ValidEdition>;
  readonly errors: Map<string, Diagnostic[]>;
  readonly units?: UnitsFile;
}

function lineChanges(before: string, after: string): EditionDiff['sourceDocument'] {
  if (before === after) return undefined;
  const lines = (text: string) => text.split('\n').filter((l) => l.trim());
  const removed: string[] = [];
  const added: string[] = [];
  const replaced: { old: string; new: string }[] = [];
  const parts = diffArrays(lines(before), lines(after));
  parts.forEach((part, i) => {
    if (part.removed) removed.push(...part.value);
    if (!part.added) return;
    added.push(...part.value);
    // Removed lines followed by as many added ones: each pair is one line rewritten.
    const previous = parts[i - 1];
    if (previous?.removed && previous.value.length === part.value.length) {
      part.value.forEach((line, k) => replaced.push({ old: previous.value[k]!, new: line }));
    }
  });
  if (removed.length === 0 && added.length === 0) return undefined;
  return { removed, added, replaced };
}

/** Digits after the decimal point, as written. */
const writtenDecimals = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

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
    settings: [],
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
      const what: EditionDiff['changed'][number]['what'] = [];
      if (previous.value !== figure.value) what.push('value');
      if (previous.unit !== figure.unit) what.push('unit');
      if (writtenDecimals(previous.text) !== writtenDecimals(figure.text)) what.push('decimals');
      diff.changed.push({
        key,
        label: figure.label,
        old: previous.text,
        new: figure.text,
        oldUnit: previous.unit,
        unit: figure.unit,
        what,
      });
    }
  }
  for (const [key, figure] of old)
    if (!now.has(key)) diff.removed.push({ key, label: figure.label, value: figure.text, unit: figure.unit });
  if (before && after) {
    const figurePaths = (figures: Map<string, FigureValue>) => new Set([...figures.values()].map((f) => pathKey(f.path)));
    const [oldText, newText] = [textValues(before.data, figurePaths(old)), textValues(after.data, figurePaths(now))];
    // Texts and phrases added or removed are changes too (old or new empty): a note, an issuer, a
    // province or a row's words in a column of words, added to an item that was there, reach the
    // reports and must reach the reviewer (they were left out, and such a change read as none).
    for (const key of new Set([...oldText.texts.keys(), ...newText.texts.keys()])) {
      const [previous, text] = [oldText.texts.get(key), newText.texts.get(key)];
      for (const lang of ['zh', 'en'] as const) {
        const [was, now] = [previous?.[lang] ?? '', text?.[lang] ?? ''];
        if (was !== now) diff.texts.push({ key, lang, old: was, new: now });
      }
    }
    for (const key of new Set([...oldText.phrases.keys(), ...newText.phrases.keys()])) {
      const [was, now] = [oldText.phrases.get(key) ?? '', newText.phrases.get(key) ?? ''];
      if (was !== now) diff.phrases.push({ key, old: was, new: now });
    }
    // A bound, an estimate flag, a measure, a year or a column's decimals changes what a figure
    // means or how it is printed, with its digits unchanged: listed, or such a change read as none.
    for (const key of new Set([...oldText.settings.keys(), ...newText.settings.keys()])) {
      const [was, now] = [oldText.settings.get(key), newText.settings.get(key)];
      if (was !== now) diff.settings.push({ key, ...(was !== undefined ? { old: was } : {}), ...(now !== undefined ? { new: now } : {}) });
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
  // Paths from the folder above the data folder: data/editions/…, as everywhere else.
  const dataset = validateDataset(loadDataset({ dataDir, rootDir: path.dirname(dataDir) }, sink), { glyphs }, sink);
  const folders = editionFolders(dataDir);
  const errors = new Map<string, Diagnostic[]>();
  const editionsAt = `${path.basename(dataDir)}/editions/`;
  for (const d of sortDiagnostics(sink.items)) {
    if (d.severity !== 'error') continue;
    const folder = d.file.startsWith(editionsAt) ? d.file.slice(editionsAt.length).split('/')[0] : undefined;
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

/**
 * Writes the data folder as it is at a git ref into a temporary folder's `data/` (returned; remove its
 * parent afterwards). File names may hold any character.
 */
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
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'plan-base-')), 'data');
  mkdirSync(target);
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

/** The project's files beside the editions: a change to any is listed, and validation.yaml's severities rule by rule. */
const sharedFiles = ['validation.yaml', 'units.yaml', 'glossary.yaml'] as const;

export interface SettingsDiff {
  /** Shared files added, removed or changed, by their whole path (data/units.yaml). */
  readonly files: { path: string; change: 'added' | 'removed' | 'changed' }[];
  /** Severity changes in validation.yaml: a rule's severity before and after (undefined: the rule's default). */
  readonly severities: { rule: string; old?: string; new?: string; default?: string }[];
  /**
   * Entries of units.yaml and glossary.yaml added, removed or changed, field by field (a unit's
   * factor or English name, a term's rendering): every report prints them, so "units.yaml changed"
   * alone hid what a reader would see differently.
   */
  readonly entries: { file: string; id: string; field: string; old?: string; new?: string }[];
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** validation.yaml's choices; an unreadable file counts as none (validation reports it). */
function severities(text: string | undefined): Record<string, string> {
  if (text === undefined) return {};
  try {
    const parsed = parseYaml(text) as { severity?: Record<string, unknown> } | null;
    return Object.fromEntries(Object.entries(parsed?.severity ?? {}).map(([rule, level]) => [rule, String(level)]));
  } catch {
    return {};
  }
}

/** A shared registry's entries by id, each as its fields flattened to text ("note.en": "…"); an unreadable file counts as none. */
function registryEntries(text: string | undefined, listKey: string): Map<string, Map<string, string>> {
  const entries = new Map<string, Map<string, string>>();
  if (text === undefined) return entries;
  let list: unknown;
  try {
    list = (parseYaml(text) as Record<string, unknown> | null)?.[listKey];
  } catch {
    return entries;
  }
  if (!Array.isArray(list)) return entries;
  for (const entry of list) {
    if (entry === null || typeof entry !== 'object' || typeof (entry as { id?: unknown }).id !== 'string') continue;
    const fields = new Map<string, string>();
    const flatten = (value: unknown, at: string) => {
      if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, at ? `${at}.${k}` : k);
      else if (at !== 'id') fields.set(at, String(value));
    };
    flatten(entry, '');
    // A repeated id is an error of validation (plan:id-unique); its first entry is compared here.
    const id = (entry as { id: string }).id;
    if (!entries.has(id)) entries.set(id, fields);
  }
  return entries;
}

/** What changed in the files beside the editions (validation.yaml, units.yaml, glossary.yaml). */
export function diffSettings(baseDir: string, headDir: string): SettingsDiff {
  const files: SettingsDiff['files'] = [];
  for (const name of sharedFiles) {
    const [before, after] = [readText(path.join(baseDir, name)), readText(path.join(headDir, name))];
    if (before === after) continue;
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    files.push({ path: `${path.basename(headDir)}/${name}`, change });
  }
  const [before, after] = [
    severities(readText(path.join(baseDir, 'validation.yaml'))),
    severities(readText(path.join(headDir, 'validation.yaml'))),
  ];
  const changedRules = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((rule) => before[rule] !== after[rule]).sort();
  const entries: SettingsDiff['entries'] = [];
  for (const [name, listKey] of [
    ['units.yaml', 'units'],
    ['glossary.yaml', 'terms'],
  ] as const) {
    const [was, now] = [
      registryEntries(readText(path.join(baseDir, name)), listKey),
      registryEntries(readText(path.join(headDir, name)), listKey),
    ];
    for (const id of new Set([...was.keys(), ...now.keys()])) {
      const [a, b] = [was.get(id) ?? new Map<string, string>(), now.get(id) ?? new Map<string, string>()];
      for (const field of new Set([...a.keys(), ...b.keys()])) {
        const [old, next] = [a.get(field), b.get(field)];
        if (old !== next)
          entries.push({
            file: `${path.basename(headDir)}/${name}`,
            id,
            field,
            ...(old !== undefined ? { old } : {}),
            ...(next !== undefined ? { new: next } : {}),
          });
      }
    }
  }
  const defaultOf = (rule: string) => (rule in rules ? rules[rule as RuleId].severity : undefined);
  return {
    files,
    entries,
    severities: changedRules.map((rule) => {
      const fallback = defaultOf(rule);
      return {
        rule,
        ...(before[rule] !== undefined ? { old: before[rule] } : {}),
        ...(after[rule] !== undefined ? { new: after[rule] } : {}),
        ...(fallback ? { default: fallback } : {}),
      };
    }),
  };
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
        d.changed.length +
          d.added.length +
          d.removed.length +
          d.texts.length +
          d.phrases.length +
          d.settings.length +
          d.statusFlips.length >
          0 ||
        d.sourceDocument !== undefined,
    );
}

// Text from the data in a Markdown line or table cell: shown as text, never as Markdown or HTML.
const cell = markdownText;
const shorten = (line: string) => (line.length > 160 ? `${line.slice(0, 159)}…` : line);

/** Unchanged text kept on each side of a change, in characters. */
const context = 16;

/**
 * The words that changed between two texts, with some unchanged text around each change: removed
 * words ~~struck~~, added ones **bold**, long unchanged stretches shortened to "…". Chinese is cut
 * into words by Intl.Segmenter, so a changed figure inside a long sentence is found.
 */
export function changedWords(before: string, after: string, lang: 'zh' | 'en'): string {
  const parts = diffWords(before, after, { intlSegmenter: new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'word' }) });
  // Markdown emphasis needs its marks next to the text: spaces stay outside.
  const mark = (text: string, marks: string) => {
    const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    return body ? `${lead}${marks}${cell(body!)}${marks}${trail}` : text;
  };
  return parts
    .map((part, i) => {
      // Removed and added words side by side are kept apart by a space.
      if (part.removed) return `${mark(part.value, '~~')}${parts[i + 1]?.added ? ' ' : ''}`;
      if (part.added) return mark(part.value, '**');
      const [first, last] = [i === 0, i === parts.length - 1];
      const v = part.value;
      if (first && last) return cell(shorten(v));
      if (first) return v.length > context ? `…${cell(v.slice(-context))}` : cell(v);
      if (last) return v.length > context ? `${cell(v.slice(0, context))}…` : cell(v);
      return v.length > 2 * context + 1 ? `${cell(v.slice(0, context))}…${cell(v.slice(-context))}` : cell(v);
    })
    .join('');
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

export type DiffLanguage = 'en' | 'zh-CN';

const words = {
  en: {
    title: (base: string) => `## Data changes against ${base}`,
    nothing: 'No figure or text changed.',
    invalid: (n: number) => `invalid: ${n} error${n === 1 ? '' : 's'}, not built`,
    added: 'added',
    removed: 'removed',
    fixFirst: 'This edition does not validate; fix these first (`npm run validate`):',
    baseInvalid: 'The base version of this edition did not validate; only what could be read on both sides is compared.',
    figures: '| Id | Figure | Old | New | Changed |',
    what: { value: 'value', unit: 'unit', decimals: 'written decimals' },
    flips: '**Target status changed:**',
    addedItems: '**Added:**',
    removedItems: '**Removed:**',
    texts: '| Text | Language | Change (~~removed~~ **added**) |',
    phrases: '| Source phrase | Change (~~removed~~ **added**) |',
    settings: '| Setting | Old | New |',
    none: '(none)',
    entries: '| File | Id | Field | Old | New |',
    source: (file: string, removed: number, added: number) => `**Source document (${file}):** ${removed} line(s) removed, ${added} added.`,
    projectSettings: '### Project settings',
    file: { added: 'added', removed: 'removed', changed: 'changed' },
    severity: (rule: string, old: string, now: string) => `- ${rule}: ${old} → ${now}`,
    byDefault: (level: string | undefined) => `default${level ? ` (${level})` : ''}`,
  },
  'zh-CN': {
    title: (base: string) => `## 与 ${base} 相比的数据改动`,
    nothing: '没有数据或文字改动。',
    invalid: (n: number) => `未通过校验：${n} 个错误，未生成报告`,
    added: '新增',
    removed: '删除',
    fixFirst: '此版本未通过校验，请先改正以下问题（`npm run validate -- --lang zh-CN`）：',
    baseInvalid: '此版本在比较基准中未通过校验，只比较了两边都能读取的内容。',
    figures: '| 编号 | 数据 | 原值 | 新值 | 改动 |',
    what: { value: '数值', unit: '单位', decimals: '小数位数' },
    flips: '**目标完成情况改变：**',
    addedItems: '**新增：**',
    removedItems: '**删除：**',
    texts: '| 文字 | 语言 | 改动（~~删除~~ **新增**） |',
    phrases: '| 出处原文 | 改动（~~删除~~ **新增**） |',
    settings: '| 设置 | 原值 | 新值 |',
    none: '（无）',
    entries: '| 文件 | 编号 | 字段 | 原值 | 新值 |',
    source: (file: string, removed: number, added: number) => `**源文件（${file}）：**删除 ${removed} 行，新增 ${added} 行。`,
    projectSettings: '### 项目设置',
    file: { added: '新增', removed: '删除', changed: '改动' },
    severity: (rule: string, old: string, now: string) => `- ${rule}：${old} → ${now}`,
    byDefault: (level: string | undefined) => `默认${level ? `（${level}）` : ''}`,
  },
} as const;

/**
 * The diff as Markdown, for the job summary and for editors running it locally; in English or
 * Chinese. With `limit`, each list shows its first `limit` items and says how many more there are.
 */
export function diffMarkdown(
  diffs: readonly EditionDiff[],
  base: string,
  language: DiffLanguage = 'en',
  strings?: UiStrings,
  settings?: SettingsDiff,
  limit?: number,
): string {
  return guardCommands(diffLines(diffs, markdownCode(base), language, strings, settings, limit).join('\n'));
}

/** Lines for each of the first `limit` items, then (after an empty line, which ends a table) how many more there are. */
function listLines<T>(items: readonly T[], limit: number | undefined, language: DiffLanguage, line: (item: T) => string): string[] {
  const { shown, more } = firstItems(items, limit, language, markdownCode('npm run diff'));
  return [...shown.map(line), ...(more ? ['', more] : [])];
}

function settingsLines(settings: SettingsDiff, language: DiffLanguage, limit: number | undefined): string[] {
  if (settings.files.length === 0 && settings.severities.length === 0 && settings.entries.length === 0) return [];
  const w = words[language];
  const lines = [w.projectSettings, ''];
  lines.push(...listLines(settings.files, limit, language, (f) => `- ${markdownCode(f.path)} (${w.file[f.change]})`));
  if (settings.entries.length > 0) {
    lines.push('', w.entries, '| --- | --- | --- | --- | --- |');
    const shown = (v: string | undefined) => (v === undefined ? w.none : markdownCode(v));
    lines.push(
      ...listLines(
        settings.entries,
        limit,
        language,
        (e) => `| ${markdownCode(e.file)} | ${markdownCode(e.id)} | ${markdownCode(e.field)} | ${shown(e.old)} | ${shown(e.new)} |`,
      ),
    );
    lines.push('');
  }
  lines.push(
    ...listLines(settings.severities, limit, language, (s) =>
      w.severity(
        markdownCode(s.rule),
        s.old !== undefined ? cell(s.old) : w.byDefault(s.default),
        s.new !== undefined ? cell(s.new) : w.byDefault(s.default),
      ),
    ),
  );
  lines.push('');
  return lines;
}

function diffLines(
  diffs: readonly EditionDiff[],
  base: string,
  language: DiffLanguage,
  strings: UiStrings | undefined,
  settings: SettingsDiff | undefined,
  limit: number | undefined,
): string[] {
  const w = words[language];
  const zh = language === 'zh-CN';
  const label = (text: Text) => (zh ? `${cell(text.zh)} / ${cell(text.en)}` : `${cell(text.en)} / ${cell(text.zh)}`);
  const status = (s: Status) => (strings ? statusText(strings, s) : `${statusSymbols[s]} ${s}`);
  const lines = [w.title(base), ''];
  const shared = settings ? settingsLines(settings, language, limit) : [];
  lines.push(...shared);
  if (diffs.length === 0) {
    if (shared.length === 0) lines.push(w.nothing, '');
    return lines;
  }
  for (const d of diffs) {
    const heading = d.status === 'invalid' ? w.invalid(d.errors.length) : d.status === 'changed' ? '' : w[d.status];
    lines.push(`### ${markdownText(d.edition)}${heading ? ` (${heading})` : ''}`, '');
    if (d.errors.length > 0) {
      lines.push(w.fixFirst, '');
      lines.push(
        ...listLines(
          d.errors,
          limit,
          language,
          (e) =>
            `- ${markdownCode(`${e.file}:${e.place.line}:${e.place.column}`)} ${cell(zh ? e.messageZh : e.message)} ${markdownCode(e.ruleId)}`,
        ),
      );
      lines.push('');
    }
    if (d.baseInvalid) lines.push(w.baseInvalid, '');
    if (d.changed.length > 0) {
      lines.push(w.figures, '| --- | --- | ---: | ---: | --- |');
      lines.push(
        ...listLines(d.changed, limit, language, (c) => {
          const what = c.what.map((k) => w.what[k]).join(zh ? '、' : ', ');
          return `| ${markdownCode(c.key)} | ${label(c.label)} | ${cell(`${c.old} ${c.oldUnit}`)} | ${cell(`${c.new} ${c.unit}`)} | ${what} |`;
        }),
      );
      lines.push('');
    }
    if (d.statusFlips.length > 0) {
      lines.push(w.flips, '');
      lines.push(
        ...listLines(
          d.statusFlips,
          limit,
          language,
          (s) => `- ${markdownCode(s.key)} ${label(s.label)}: ${status(s.old)} → ${status(s.new)}`,
        ),
      );
      lines.push('');
    }
    for (const [title, items] of [
      [w.addedItems, d.added],
      [w.removedItems, d.removed],
    ] as const) {
      if (items.length === 0) continue;
      lines.push(title, '');
      lines.push(
        ...listLines(
          items,
          limit,
          language,
          (item) =>
            `- ${markdownCode(item.key)} ${cell(zh ? item.label.zh : item.label.en)}: ${cell(String(item.value))} ${cell(item.unit)}`,
        ),
      );
      lines.push('');
    }
    if (d.texts.length > 0) {
      lines.push(w.texts, '| --- | --- | --- |');
      lines.push(
        ...listLines(d.texts, limit, language, (t) => `| ${markdownCode(t.key)} | ${t.lang} | ${changedWords(t.old, t.new, t.lang)} |`),
      );
      lines.push('');
    }
    if (d.phrases.length > 0) {
      lines.push(w.phrases, '| --- | --- |');
      lines.push(
        ...listLines(
          d.phrases,
          limit,
          language,
          (p) => `| ${markdownCode(p.key)} | ${changedWords(p.old, p.new, hasHan(p.old + p.new) ? 'zh' : 'en')} |`,
        ),
      );
      lines.push('');
    }
    if (d.settings.length > 0) {
      lines.push(w.settings, '| --- | --- | --- |');
      const shown = (v: string | undefined) => (v === undefined ? w.none : markdownCode(v));
      lines.push(...listLines(d.settings, limit, language, (s) => `| ${markdownCode(s.key)} | ${shown(s.old)} | ${shown(s.new)} |`));
      lines.push('');
    }
    if (d.sourceDocument) {
      const { removed, added, replaced } = d.sourceDocument;
      lines.push(w.source(markdownText(`data/editions/${d.edition}/source.txt`), removed.length, added.length), '');
      // A rewritten line as its changed words; lines only removed or only added whole.
      const [oldOnes, newOnes] = [new Set(replaced.map((r) => r.old)), new Set(replaced.map((r) => r.new))];
      // One list: a rewrite of 20,000 lines shows its first lines, not 20,000 of them.
      const changes = [
        ...replaced.map((r) => () => `- ~ ${changedWords(r.old, r.new, hasHan(r.old + r.new) ? 'zh' : 'en')}`),
        ...removed.filter((l) => !oldOnes.has(l)).map((l) => () => `- − ${cell(shorten(l))}`),
        ...added.filter((l) => !newOnes.has(l)).map((l) => () => `- + ${cell(shorten(l))}`),
      ];
      lines.push(...listLines(changes, limit, language, (line) => line()));
      lines.push('');
    }
  }
  // Every text above comes from the data (or from a base the pull request chose): one line each.
  return lines;
}

/** Whether any edition in the working tree does not validate (the diff command then exits 1). */
export const hasInvalid = (diffs: readonly EditionDiff[]): boolean => diffs.some((d) => d.status === 'invalid');
