/**
 * The stages before rendering, written once: every command that needs plans (the build and the
 * preview, the benchmark, the job summary) comes through here.
 *
 *   data/ ──load──▶ shared files, interface strings ──validate──▶ diagnostics     (prepareShared)
 *         ──load──▶ one edition ──validate──▶ diagnostics ──model──▶ Plan         (prepareEdition)
 *
 * Problems go to the sink. Rendering is formats.ts's list (edition.ts runs it); writing, pipeline.ts.
 */
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { GlossaryFile, UnitsFile } from '../dataset/schema.js';
import type { ValidEdition } from '../dataset/edition.js';
import type { GlyphCoverage } from '../fonts/coverage.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset, loadEdition } from '../load/dataset.js';
import { editionSeries } from '../dataset/series.js';
import { locales, type Locale } from '../model/format.js';
import { buildPlan, type Plan } from '../model/plan.js';
import { loadUiStrings, type UiStrings } from '../present/strings.js';
import { checkGlyphCoverage } from '../validate/rules/text.js';
import { validateEdition, validateShared, type SharedData } from '../validate/validate.js';

export interface PrepareOptions {
  /** Folder that holds units.yaml, glossary.yaml and editions/. */
  readonly dataDir: string;
  /** Diagnostics name files relative to it; templates and strings are read from it unless `templatesRoot` is given. */
  readonly rootDir: string;
  /** Where templates/strings/ is read from when not from `rootDir` (a command run in a data-only repository). */
  readonly templatesRoot?: string;
}

/** What every edition is read with: the shared files as checked, and the interface strings of every locale. */
export interface PreparedShared {
  readonly checked: SharedData;
  /** Present when units, glossary and every locale's strings could be read and checked in full. */
  readonly complete?: {
    readonly units: UnitsFile;
    readonly glossary: GlossaryFile;
    readonly strings: ReadonlyMap<Locale, UiStrings>;
  };
}

/** One edition, checked; its plan is modelled on the first call (a build models only what it renders). */
export interface PreparedEdition {
  readonly folder: string;
  readonly edition: ValidEdition;
  /**
   * The plan model. `editions` are the checked editions the edition's series is found among (its
   * district's earlier editions, src/dataset/series.ts); without them the plan has no series.
   */
  plan(editions?: readonly ValidEdition[]): Plan;
}

/** 1. Loads and checks units, glossary and the interface strings. */
export function prepareShared(options: PrepareOptions, sink: DiagnosticSink): PreparedShared {
  const glyphs = briefGlyphCoverage();
  const checked = validateShared(loadDataset({ ...options, only: [] }, sink), { glyphs }, sink);
  const strings = prepareStrings(options.templatesRoot ?? options.rootDir, sink, glyphs);
  const { units, glossary } = checked;
  return { checked, ...(units && glossary && strings.size === locales.length ? { complete: { units, glossary, strings } } : {}) };
}

/** The interface strings of every locale that can be read (a render worker reads them too), checked against the fonts when `glyphs` is given. */
export function prepareStrings(rootDir: string, sink: DiagnosticSink, glyphs?: GlyphCoverage): Map<Locale, UiStrings> {
  const strings = new Map<Locale, UiStrings>();
  for (const locale of locales) {
    const loaded = loadUiStrings(rootDir, locale, sink);
    if (!loaded) continue;
    if (glyphs) checkGlyphCoverage(loaded.source, glyphs, sink);
    strings.set(locale, loaded);
  }
  return strings;
}

/**
 * 2. Loads and checks one edition; then its plan, on demand. Undefined when the edition cannot be
 * checked in full or the shared files are incomplete (its problems are in the sink).
 */
export function prepareEdition(
  folder: string,
  shared: PreparedShared,
  options: PrepareOptions,
  sink: DiagnosticSink,
): PreparedEdition | undefined {
  const edition = validateEdition(loadEdition(options, folder, sink), shared.checked, sink);
  const complete = shared.complete;
  if (!edition || !complete) return undefined;
  let plan: Plan | undefined;
  return {
    folder,
    edition,
    plan: (editions = []) => {
      // The edition's own warnings go with its plan (the brief and workbook note those that concern readers).
      if (!plan) {
        const built = buildPlan(
          edition,
          complete.units,
          complete.glossary,
          sink.items.filter((d) => d.file.includes(`/editions/${folder}/`)),
          editionSeries(edition, editions).slice(0, -1),
        );
        // The project's severity settings apply to every edition: their notes say so.
        const { severityChanges } = shared.checked;
        plan = severityChanges.length > 0 ? { ...built, severityChanges } : built;
      }
      return plan;
    },
  };
}
