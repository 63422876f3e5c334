import path from 'node:path';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { DatasetSource } from '../load/dataset.js';
import { readTextFile, type SourceFile } from '../load/source-file.js';
import { checkSchema } from './check-schema.js';
import { checkRatiosAndParts, checkShares, checkTotals } from './rules/arithmetic.js';
import { checkIdsUnique, checkReferences, type EditionFiles } from './rules/references.js';
import { checkSources } from './rules/sources.js';
import { checkEnglishHasNoHan, checkGlossaryConsistent, checkGlyphCoverage, type GlyphCoverage } from './rules/text.js';
import {
  editionFiles,
  glossaryFileSchema,
  unitsFileSchema,
  validationFileSchema,
  type EditionData,
  type EditionFileRole,
  type GlossaryFile,
  type UnitsFile,
} from './schema.js';

/** An edition whose files all passed their schemas and cross-file rules ran on. */
export interface ValidEdition {
  readonly folder: string;
  readonly dir: string;
  readonly data: EditionData;
  readonly files: EditionFiles;
  readonly sourceText: string;
}

export interface ValidatedDataset {
  readonly units?: UnitsFile;
  readonly glossary?: GlossaryFile;
  /** Editions that could be checked in full (their diagnostics may still hold errors). */
  readonly editions: readonly ValidEdition[];
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
  // The project's severity choices first, so that they apply to everything found.
  const settings = source.validation ? checkSchema(source.validation, validationFileSchema, sink) : undefined;
  if (settings) sink.setOverrides(settings.severity);
  const units = source.units ? checkSchema(source.units, unitsFileSchema, sink) : undefined;
  const glossary = source.glossary ? checkSchema(source.glossary, glossaryFileSchema, sink) : undefined;

  const textRules = (file: SourceFile) => {
    checkEnglishHasNoHan(file, sink);
    checkGlyphCoverage(file, options.glyphs, sink);
    if (glossary) checkGlossaryConsistent(file, glossary, sink);
  };
  // The glossary's own notes explain a term in other words, so the glossary rule skips them.
  for (const file of [source.units, source.glossary]) {
    if (!file) continue;
    checkEnglishHasNoHan(file, sink);
    checkGlyphCoverage(file, options.glyphs, sink);
  }

  const editions: ValidEdition[] = [];
  for (const edition of source.editions) {
    const data: Partial<Record<EditionFileRole, unknown>> = {};
    for (const role of Object.keys(editionFiles) as EditionFileRole[]) {
      const file = edition.files[role];
      if (!file) continue;
      textRules(file);
      const value = checkSchema(file, editionFiles[role].schema, sink);
      if (value !== undefined) data[role] = value;
    }
    const complete = (Object.keys(editionFiles) as EditionFileRole[]).every((role) => data[role] !== undefined);
    if (!complete || !units) continue;
    const typed = data as EditionData;
    const files = edition.files as EditionFiles;

    checkIdsUnique(typed, files, sink);
    checkReferences(typed, files, units, edition.folder, sink);
    checkTotals(typed, files, sink);
    checkShares(typed, files, sink);
    checkRatiosAndParts(typed, files, sink);

    const sourceDisplay = `${edition.displayDir}/${typed.edition.source.file}`;
    const sourceText = readTextFile(path.join(edition.dir, typed.edition.source.file), sourceDisplay, sink, 16 * 1024 * 1024);
    if (sourceText === undefined) continue;
    checkSources(typed, files, sourceText, sink);
    editions.push({ folder: edition.folder, dir: edition.dir, data: typed, files, sourceText });
  }
  return { units, glossary, editions };
}
