/**
 * The build, top to bottom:
 *
 *   data/ ──load──▶ SourceFiles ──validate──▶ Diagnostics ──model──▶ Plan per edition
 *         ──render──▶ artifacts in memory ──write──▶ output/ (temp file + rename, manifest last)
 *
 * Nothing is written unless validation passes and every artifact rendered, so a failed build
 * leaves the previous outputs exactly as they were.
 */
import path from 'node:path';
import { DiagnosticSink, type Diagnostic } from './diagnostics/diagnostic.js';
import { buildBrief } from './brief/brief.js';
import { buildWorkbook } from './workbook/build.js';
import { renderEditionCharts } from './charts/charts.js';
import { pngPixelRatio } from './charts/render.js';
import { loadUiStrings, type UiStrings } from './charts/strings.js';
import { briefGlyphCoverage } from './fonts/fonts.js';
import { locales, type Locale } from './model/format.js';
import type { UnitsFile } from './validate/schema.js';
import { loadDataset } from './load/dataset.js';
import { buildPlan, type Plan } from './model/plan.js';
import { checkGlyphCoverage } from './validate/rules/text.js';
import { validateDataset } from './validate/validate.js';
import { writeFileAtomic, sha256 } from './write/atomic.js';

export interface BuildOptions {
  readonly rootDir: string;
  readonly dataDir: string;
  readonly outDir: string;
  /** Warnings fail the build too. */
  readonly strict?: boolean;
  /** The build date printed in outputs; fixed for reproducible builds (SOURCE_DATE_EPOCH). */
  readonly buildDate: Date;
  /** Build only these editions (folder names); every edition is still validated. */
  readonly editions?: readonly string[];
}

/** One file the build produces, before it is written. */
export interface Artifact {
  /** Path under the output folder, with forward slashes. */
  readonly path: string;
  readonly edition: string;
  readonly bytes: Uint8Array | string;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly plans: readonly Plan[];
  readonly written: readonly string[];
}

export interface ManifestEntry {
  readonly path: string;
  readonly edition: string;
  readonly sha256: string;
  readonly size: number;
}

/** Validates, then builds every edition under the data folder. */
export async function buildReports(options: BuildOptions): Promise<BuildResult> {
  // 1. Load and validate.
  const sink = new DiagnosticSink();
  const dataset = validateDataset(
    loadDataset({ dataDir: options.dataDir, rootDir: options.rootDir }, sink),
    { glyphs: briefGlyphCoverage() },
    sink,
  );
  const failed = sink.errorCount > 0 || (options.strict === true && sink.warningCount > 0);
  if (failed || !dataset.units || !dataset.glossary) {
    return { ok: false, diagnostics: sink.items, plans: [], written: [] };
  }

  // Interface strings of every locale (templates/strings/); their problems stop the build too.
  const strings = new Map<Locale, UiStrings>();
  for (const locale of locales) {
    const loaded = loadUiStrings(options.rootDir, locale, sink);
    if (loaded) {
      checkGlyphCoverage(loaded.source, briefGlyphCoverage(), sink);
      strings.set(locale, loaded);
    }
  }
  if (strings.size !== locales.length || sink.errorCount > 0) return { ok: false, diagnostics: sink.items, plans: [], written: [] };

  // 2. Model each edition.
  const selected = dataset.editions.filter((e) => options.editions === undefined || options.editions.includes(e.folder));
  const plans = selected.map((edition) => {
    const prefix = `${edition.files.edition.path.replace(/\/edition\.yaml$/, '')}/`;
    const warnings = sink.items.filter((d) => d.file.startsWith(prefix));
    return buildPlan(edition, dataset.units!, dataset.glossary!, warnings);
  });

  // 3. Render every artifact in memory; a template problem stops the build before any write.
  const artifacts: Artifact[] = [];
  for (const plan of plans) artifacts.push(...(await renderEdition(plan, dataset.units, strings, options, sink)));
  if (sink.errorCount > 0) return { ok: false, diagnostics: sink.items, plans, written: [] };

  // 4. Write: artifacts first, the manifest last.
  const manifest: ManifestEntry[] = artifacts.map((a) => ({
    path: a.path,
    edition: a.edition,
    sha256: sha256(a.bytes),
    size: typeof a.bytes === 'string' ? Buffer.byteLength(a.bytes) : a.bytes.byteLength,
  }));
  for (const artifact of artifacts) writeFileAtomic(path.join(options.outDir, artifact.path), artifact.bytes);
  const manifestText = `${JSON.stringify({ buildDate: options.buildDate.toISOString(), artifacts: manifest }, null, 2)}\n`;
  writeFileAtomic(path.join(options.outDir, 'manifest.json'), manifestText);

  return { ok: true, diagnostics: sink.items, plans, written: [...artifacts.map((a) => a.path), 'manifest.json'] };
}

async function renderEdition(
  plan: Plan,
  units: UnitsFile,
  strings: ReadonlyMap<Locale, UiStrings>,
  options: BuildOptions,
  sink: DiagnosticSink,
): Promise<Artifact[]> {
  const id = plan.edition.id;
  const model = { buildDate: options.buildDate.toISOString(), ...plan };
  const artifacts: Artifact[] = [{ path: `${id}/plan.json`, edition: id, bytes: `${JSON.stringify(model, null, 2)}\n` }];
  // Charts of both locales at once: their PNG encoding runs off the main thread and overlaps.
  const chartsByLocale = await Promise.all(
    locales.map((locale) => renderEditionCharts(options.rootDir, plan, locale, strings.get(locale)!, units, sink)),
  );
  for (const [i, locale] of locales.entries()) {
    const charts = chartsByLocale[i]!;
    for (const chart of charts) {
      artifacts.push({ path: `${id}/charts/${locale}/${chart.id}.svg`, edition: id, bytes: chart.svg });
      artifacts.push({ path: `${id}/charts/${locale}/${chart.id}.png`, edition: id, bytes: chart.png });
    }
    // Titles, sources and alt text beside the images, for PDF tags, workbooks and previews.
    const index = charts.map(({ id: chartId, title, source, alt, width, height }) => ({ id: chartId, title, source, alt, width, height, pngPixelRatio }));
    artifacts.push({ path: `${id}/charts/${locale}/charts.json`, edition: id, bytes: `${JSON.stringify(index, null, 2)}\n` });
    const input = { rootDir: options.rootDir, plan, locale, strings: strings.get(locale)!, units, charts, buildDate: options.buildDate };
    const brief = await buildBrief(input, sink);
    if (brief) artifacts.push({ path: `${id}/${locale}/brief.pdf`, edition: id, bytes: brief.bytes });
    const workbook = await buildWorkbook(input, sink);
    if (workbook) artifacts.push({ path: `${id}/${locale}/workbook.xlsx`, edition: id, bytes: workbook });
  }
  return artifacts;
}

/** SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
