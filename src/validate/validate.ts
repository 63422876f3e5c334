import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { DatasetSource, EditionSource } from '../load/dataset.js';
import { readTextFile } from '../load/source-file.js';
import { checkSchema } from './check-schema.js';
import { checkSeveritySettings } from './severity-settings.js';
import type { SeverityChange } from '../diagnostics/severity.js';
import { editionChecks, fileChecks, seriesChecks, sourceChecks } from './rules/registry.js';
import { registryIdsUnique } from './rules/id-unique.js';
import { unitScale } from './rules/unit-scale.js';
import type { ContextDocumentText } from './rules/sources.js';
import {
  editionFiles,
  glossaryFileSchema,
  unitsFileSchema,
  validationFileSchema,
  type EditionData,
  type EditionFileRole,
  type GlossaryFile,
  type UnitsFile,
} from '../dataset/schema.js';
import type { EditionFiles } from '../dataset/edition.js';
import { absentFile, type SourceFile } from '../dataset/source-file.js';
import type { GlyphCoverage } from '../fonts/coverage.js';
import type { ValidEdition } from '../dataset/edition.js';

export interface ValidatedDataset {
  readonly units?: UnitsFile;
  readonly glossary?: GlossaryFile;
  /** Editions that could be checked in full (their diagnostics may still hold errors). */
  readonly editions: readonly ValidEdition[];
  /** The rule severities data/validation.yaml changes, refused ones included: every report lists them. */
  readonly severityChanges: readonly SeverityChange[];
}

export interface ValidateOptions {
  readonly glyphs: GlyphCoverage;
}

/**
 * Runs every rule over the loaded dataset (phases: schemas, text rules, then per edition the
 * references, source citations and arithmetic). Never throws on bad data: problems are
 * diagnostics in the sink.
 */
export function validateDataset(source: DatasetSource, options: ValidateOptions, sink: DiagnosticSink): ValidatedDataset {
  const shared = validateShared(source, options, sink);
  const editions: ValidEdition[] = [];
  for (const edition of source.editions) {
    const valid = validateEdition(edition, shared, sink);
    if (valid) editions.push(valid);
  }
  validateSeries(editions, sink);
  return { units: shared.units, glossary: shared.glossary, editions, severityChanges: shared.severityChanges };
}

/**
 * The checks across editions (a review against the plan of the edition before it), over the
 * editions that could be checked in full: the last phase of validateDataset, separate so that a
 * build that checks editions one at a time can run it once it has them all.
 */
export function validateSeries(editions: readonly ValidEdition[], sink: DiagnosticSink): void {
  for (const check of seriesChecks) check(editions, sink);
}

/** What the checks of every edition need from the shared files. */
export interface SharedData {
  readonly units?: UnitsFile;
  readonly glossary?: GlossaryFile;
  readonly glyphs: GlyphCoverage;
  /** The rule severities data/validation.yaml changes (see src/diagnostics/severity.ts). */
  readonly severityChanges: readonly SeverityChange[];
}

/**
 * Checks the project's severity settings, units and glossary (`source.editions` is not looked at):
 * the first phase of validateDataset, separate so that a build can check editions one at a time.
 */
export function validateShared(source: Omit<DatasetSource, 'editions'>, options: ValidateOptions, sink: DiagnosticSink): SharedData {
  // The project's severity choices first, so that they apply to everything found.
  // Only the allowed ones apply: a rule that protects a published figure cannot be made milder.
  const settings = source.validation ? checkSchema(source.validation, validationFileSchema, sink) : undefined;
  const checked = source.validation && settings ? checkSeveritySettings(source.validation, settings.severity, sink) : undefined;
  if (checked) sink.setOverrides(checked.applied);
  const units = source.units ? checkSchema(source.units, unitsFileSchema, sink) : undefined;
  const glossary = source.glossary ? checkSchema(source.glossary, glossaryFileSchema, sink) : undefined;
  if (source.units && units) {
    registryIdsUnique(
      source.units,
      'units',
      units.units.map((u) => u.id),
      sink,
    );
    unitScale(source.units, units, sink);
  }
  if (source.glossary && glossary)
    registryIdsUnique(
      source.glossary,
      'terms',
      glossary.terms.map((t) => t.id),
      sink,
    );
  // The glossary's own notes explain a term in other words, so the glossary rule skips them.
  for (const file of [source.units, source.glossary]) {
    if (!file) continue;
    for (const check of fileChecks) check({ file, glyphs: options.glyphs }, sink);
  }
  return {
    ...(units ? { units } : {}),
    ...(glossary ? { glossary } : {}),
    glyphs: options.glyphs,
    severityChanges: checked?.changes ?? [],
  };
}

/**
 * Runs every rule over one edition (schemas and text rules, then the references, source citations
 * and arithmetic). Gives the edition when it could be checked in full (its diagnostics may still
 * hold errors), undefined when it could not.
 */
export function validateEdition(edition: EditionSource, shared: SharedData, sink: DiagnosticSink): ValidEdition | undefined {
  const { units } = shared;
  let glossary = shared.glossary;
  const data: Partial<Record<EditionFileRole, unknown>> = {};
  const files: Partial<Record<EditionFileRole, SourceFile>> = {};
  let complete = true;
  // The edition's own glossary first: its terms join the shared ones for the text rules of its other files.
  const roles = Object.keys(editionFiles) as EditionFileRole[];
  for (const role of [...roles.filter((r) => r === 'glossary'), ...roles.filter((r) => r !== 'glossary')]) {
    const file = edition.files[role];
    // A file that exists but could not be read is not a part left out: the edition cannot be checked in full.
    if (edition.unreadable?.includes(role)) {
      complete = false;
      continue;
    }
    if (!file) {
      // An absent optional file is its part left out: its schema's empty value, where it has one.
      if (editionFiles[role].required) complete = false;
      const empty = editionFiles[role].schema.safeParse({});
      if (empty.success) data[role] = empty.data;
      files[role] = absentFile(`${edition.displayDir}/${editionFiles[role].file}`);
      continue;
    }
    files[role] = file;
    for (const check of fileChecks) check({ file, glyphs: shared.glyphs, ...(glossary ? { glossary } : {}) }, sink);
    const value = checkSchema(file, editionFiles[role].schema, sink);
    if (value !== undefined) data[role] = value;
    else complete = false;
    if (role === 'glossary' && value !== undefined) {
      const own = (value as EditionData['glossary']).terms;
      const ids = new Set(own.map((term) => term.id));
      glossary = { terms: [...(glossary?.terms ?? []).filter((term) => !ids.has(term.id)), ...own] };
    }
  }
  if (!complete || !units) return undefined;
  const typed = data as EditionData;

  const input = { data: typed, files: files as EditionFiles, units, folder: edition.folder, ...(glossary ? { glossary } : {}) };
  for (const check of editionChecks) check(input, sink);

  const sourceDisplay = `${edition.displayDir}/${typed.edition.source.file}`;
  // A link may point at another edition's document, never out of the data folder.
  const dataDir = path.dirname(path.dirname(edition.dir));
  const sourceText = readTextFile(path.join(edition.dir, typed.edition.source.file), sourceDisplay, sink, 16 * 1024 * 1024, dataDir);
  if (sourceText === undefined) return undefined;
  // The comparison documents: each read once; one that cannot be read is reported and its figures are not checked.
  const documents = new Map<string, ContextDocumentText>();
  for (const document of typed.context.sources) {
    const file = `${edition.displayDir}/${document.file}`;
    const text = readTextFile(path.join(edition.dir, document.file), file, sink, 16 * 1024 * 1024, dataDir);
    if (text === undefined) complete = false;
    else documents.set(document.id, { file, text });
  }
  for (const check of sourceChecks) check({ ...input, sourceText, documents }, sink);
  if (!complete) return undefined;
  return { folder: edition.folder, dir: edition.dir, data: typed, files: files as EditionFiles, sourceText };
}
