/**
 * The build, top to bottom:
 *
 *   data/ ──hash──▶ up to date? ──load──▶ SourceFiles ──validate──▶ Diagnostics
 *         ──model──▶ Plan per edition ──render──▶ artifacts in memory (worker threads when
 *           several editions) ──write──▶ output/ (temp file + rename, manifest last)
 *
 * Nothing is written unless validation passes and every artifact rendered, so a failed build
 * leaves the previous outputs exactly as they were. Editions whose inputs have not changed since
 * the last build are not rendered again.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadUiStrings, type UiStrings } from './charts/strings.js';
import { DiagnosticSink, type Diagnostic } from './diagnostics/diagnostic.js';
import { briefGlyphCoverage } from './fonts/fonts.js';
import { listEditionFolders, loadDataset } from './load/dataset.js';
import { locales, type Locale } from './model/format.js';
import { buildPlan } from './model/plan.js';
import type { Artifact } from './render/edition.js';
import type { WorkerResult, WorkerSetup, WorkerTask } from './render/worker.js';
import { checkGlyphCoverage } from './validate/rules/text.js';
import { validateDataset } from './validate/validate.js';
import { sha256, writeFileAtomic } from './write/atomic.js';
import { planBuild, removeStaleTempFiles, type BuildSelection, type Manifest, type ManifestEntry } from './write/incremental.js';

export { manifestName, selectEditions } from './write/incremental.js';

export interface BuildOptions extends BuildSelection {
  readonly rootDir: string;
  /** Warnings fail the build too. */
  readonly strict?: boolean;
  /** The build date printed in outputs; fixed for reproducible builds (SOURCE_DATE_EPOCH). */
  readonly buildDate: Date;
  /** Worker threads for rendering; default: the number of cores. 1 renders in this thread. */
  readonly jobs?: number;
}

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Editions rendered in this build. */
  readonly built: readonly string[];
  /** Editions skipped because their outputs are up to date. */
  readonly upToDate: readonly string[];
  readonly written: readonly string[];
}

/** Validates, then builds every selected edition whose outputs are not up to date. */
export async function buildReports(options: BuildOptions): Promise<BuildResult> {
  // 0. What is out of date? Hashing the inputs is cheap; nothing heavy is loaded for a no-op.
  const { selected, hashes, manifestFile, previous, stale, upToDate, nothingToDo } = planBuild(options);
  if (nothingToDo) return { ok: true, diagnostics: [], built: [], upToDate, written: [] };

  // 1. Load and validate every edition: an error anywhere stops the build.
  const sink = new DiagnosticSink();
  const dataset = validateDataset(loadDataset({ dataDir: options.dataDir, rootDir: options.rootDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
  const strings = new Map<Locale, UiStrings>();
  for (const locale of locales) {
    const loaded = loadUiStrings(options.rootDir, locale, sink);
    if (!loaded) continue;
    checkGlyphCoverage(loaded.source, briefGlyphCoverage(), sink);
    strings.set(locale, loaded);
  }
  const failed = sink.errorCount > 0 || (options.strict === true && sink.warningCount > 0);
  if (failed || !dataset.units || !dataset.glossary || strings.size !== locales.length) {
    return { ok: false, diagnostics: sink.items, built: [], upToDate: [], written: [] };
  }
  const warningsOf = (folder: string) => sink.items.filter((d) => d.file.includes(`/editions/${folder}/`));

  // 2–3. Model and render the stale editions, in worker threads when there are several.
  const toBuild = dataset.editions.filter((e) => stale.includes(e.folder));
  const jobs = Math.max(1, Math.min(options.jobs ?? os.availableParallelism(), toBuild.length));
  let artifacts: Artifact[];
  if (jobs > 1 && canUseWorkers()) {
    const setup: WorkerSetup = { rootDir: options.rootDir, dataDir: options.dataDir, buildDate: options.buildDate.toISOString() };
    const results = await renderInWorkers(setup, toBuild.map((e) => ({ folder: e.folder, warnings: warningsOf(e.folder) })), jobs);
    for (const result of results) for (const d of result.diagnostics) sink.add(d);
    artifacts = results.flatMap((r) => r.artifacts);
  } else {
    const { renderEdition } = await import('./render/edition.js');
    artifacts = [];
    for (const edition of toBuild) {
      const plan = buildPlan(edition, dataset.units, dataset.glossary, warningsOf(edition.folder));
      artifacts.push(...(await renderEdition(plan, { rootDir: options.rootDir, units: dataset.units, strings, buildDate: options.buildDate }, sink)));
    }
  }
  if (sink.errorCount > 0) return { ok: false, diagnostics: sink.items, built: [], upToDate: [], written: [] };

  // 4. Write: artifacts first, the manifest last. Up-to-date and unselected editions keep their entries.
  const entries: ManifestEntry[] = artifacts.map((a) => ({
    path: a.path,
    edition: a.edition,
    sha256: sha256(a.bytes),
    size: typeof a.bytes === 'string' ? Buffer.byteLength(a.bytes) : a.bytes.byteLength,
    sourceHash: hashes.get(a.edition)!,
  }));
  // Temporary files of a build killed earlier are removed first; each write is temp file + rename.
  removeStaleTempFiles(options.outDir);
  for (const artifact of artifacts) writeFileAtomic(path.join(options.outDir, artifact.path), artifact.bytes);
  const existing = new Set(listEditionFolders(options.dataDir));
  const kept = (previous?.artifacts ?? []).filter((a) => !stale.includes(a.edition) && existing.has(a.edition) && (selected.includes(a.edition) || !options.shard));
  const allEntries = [...kept, ...entries].sort((a, b) => a.path.localeCompare(b.path));
  const editions: Record<string, { sourceHash: string }> = {};
  for (const entry of allEntries) editions[entry.edition] = { sourceHash: entry.sourceHash };
  const manifest: Manifest = { buildDate: options.buildDate.toISOString(), editions, artifacts: allEntries };
  writeFileAtomic(path.join(options.outDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);

  return { ok: true, diagnostics: sink.items, built: toBuild.map((e) => e.folder), upToDate, written: [...artifacts.map((a) => a.path), manifestFile] };
}

/** Workers need the compiled JavaScript (scripts/run.mjs); under a TypeScript loader we render here. */
function canUseWorkers(): boolean {
  return import.meta.url.endsWith('.js');
}

async function renderInWorkers(setup: WorkerSetup, tasks: readonly WorkerTask[], jobs: number): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  const queue = [...tasks];
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./render/worker.js', import.meta.url), { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const task = queue.shift();
              if (!task) return resolve();
              worker.once('message', (result: WorkerResult) => {
                if (result.error) return reject(new Error(`Rendering ${result.folder} failed in a worker: ${result.error}`));
                results.push(result);
                next();
              });
              worker.postMessage(task);
            };
            worker.once('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Same order as a serial build, whatever order the workers finished in.
  const order = new Map(tasks.map((t, i) => [t.folder, i]));
  return results.sort((a, b) => order.get(a.folder)! - order.get(b.folder)!);
}

/** SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
