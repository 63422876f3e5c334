/**
 * The build, top to bottom:
 *
 *   data/ ──hash──▶ up to date? ──load──▶ SourceFiles ──validate──▶ Diagnostics
 *         ──model──▶ Plan per edition ──render──▶ artifacts in memory (worker threads when
 *           several editions) ──write──▶ output/ (temp file + rename, manifest last)
 *
 * Nothing is written unless validation passes, so a build stopped by bad data leaves the previous
 * outputs exactly as they were. Each file is written whole (temp file + rename) once its edition
 * is rendered, and the manifest last. Editions whose inputs have not changed since the last build
 * are not rendered again.
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
import { runtime } from './runtime.js';
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

  // 2–4. Model, render and write the stale editions, in worker threads when there are several.
  // Each edition's files are written as soon as it is rendered (temp file + rename), so memory stays
  // bounded however many editions there are; the manifest, written last, is what makes them current.
  const toBuild = dataset.editions.filter((e) => stale.includes(e.folder));
  const entries: ManifestEntry[] = [];
  const written: string[] = [];
  // Temporary files of a build killed earlier are removed first.
  removeStaleTempFiles(options.outDir);
  const write = (artifacts: readonly Artifact[]) => {
    for (const a of artifacts) {
      writeFileAtomic(path.join(options.outDir, a.path), a.bytes);
      entries.push({
        path: a.path,
        edition: a.edition,
        sha256: sha256(a.bytes),
        size: typeof a.bytes === 'string' ? Buffer.byteLength(a.bytes) : a.bytes.byteLength,
        sourceHash: hashes.get(a.edition)!,
      });
      written.push(a.path);
    }
  };
  const cores = Math.max(1, options.jobs ?? os.availableParallelism());
  // A task is a whole edition when there are enough to keep every worker busy (each task reads and
  // checks its edition again, so fewer tasks cost less); a few editions are split by locale.
  const splitLocales = toBuild.length < 2 * cores;
  const units = dataset.units;
  const glossary = dataset.glossary;
  const tasks = toBuild.flatMap((e) => (splitLocales ? locales.map((locale) => [locale]) : [locales]).map((only) => ({ edition: e, locales: only })));
  const jobs = Math.min(cores, tasks.length);
  // One edition renders faster here than in workers, which would each load every module again (measured).
  if (jobs > 1 && toBuild.length > 1 && canUseWorkers()) {
    const setup: WorkerSetup = { rootDir: options.rootDir, units, buildDate: options.buildDate.toISOString() };
    // Plans are modelled here, as each task is handed out: this thread is otherwise idle, and a
    // worker then neither reads nor checks the edition again.
    const task = (index: number): WorkerTask => {
      const { edition, locales: only } = tasks[index]!;
      return { index, folder: edition.folder, locales: only, plan: buildPlan(edition, units, glossary, warningsOf(edition.folder)) };
    };
    await renderInWorkers(setup, task, tasks.length, jobs, (result) => {
      for (const d of result.diagnostics) sink.add(d);
      if (result.diagnostics.every((d) => d.severity !== 'error')) write(result.artifacts);
    });
  } else {
    const { renderEdition } = await import('./render/edition.js');
    for (const edition of toBuild) {
      const plan = buildPlan(edition, units, glossary, warningsOf(edition.folder));
      const before = sink.errorCount;
      const artifacts = await renderEdition(plan, { rootDir: options.rootDir, units, strings, buildDate: options.buildDate }, sink);
      if (sink.errorCount > before) break;
      write(artifacts);
    }
  }
  if (sink.errorCount > 0) return { ok: false, diagnostics: sink.items, built: [], upToDate: [], written };

  const existing = new Set(listEditionFolders(options.dataDir));
  const kept = (previous?.artifacts ?? []).filter((a) => !stale.includes(a.edition) && existing.has(a.edition) && (selected.includes(a.edition) || !options.shard));
  const allEntries = [...kept, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const editions: Record<string, { sourceHash: string }> = {};
  for (const entry of allEntries) editions[entry.edition] = { sourceHash: entry.sourceHash };
  const manifest: Manifest = { buildDate: options.buildDate.toISOString(), editions, artifacts: allEntries };
  writeFileAtomic(path.join(options.outDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);

  return { ok: true, diagnostics: sink.items, built: toBuild.map((e) => e.folder), upToDate, written: [...written, manifestFile] };
}

/** Workers start the bundled program (scripts/run.mjs); under tests and TypeScript loaders we render here. */
function canUseWorkers(): boolean {
  return runtime.workerScript !== undefined;
}

async function renderInWorkers(setup: WorkerSetup, task: (index: number) => WorkerTask, taskCount: number, jobs: number, onResult: (result: WorkerResult) => void): Promise<void> {
  // Results are handed on in task order, as a serial build would, whatever order workers finish in.
  const pending = new Map<number, WorkerResult>();
  let nextToHandOn = 0;
  const handOn = () => {
    while (pending.has(nextToHandOn)) {
      onResult(pending.get(nextToHandOn)!);
      pending.delete(nextToHandOn++);
    }
  };
  let nextTask = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(runtime.workerScript!, { workerData: setup }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Each worker holds up to two tasks, rendered in turn, so it starts the next at once
            // instead of waiting for this thread to receive a result and answer.
            let inFlight = 0;
            const give = () => {
              while (inFlight < 2 && nextTask < taskCount) {
                inFlight++;
                worker.postMessage(task(nextTask++));
              }
              if (inFlight === 0) resolve();
            };
            worker.on('message', (result: WorkerResult) => {
              if (result.error) return reject(new Error(`Rendering ${result.folder} failed in a worker: ${result.error}`));
              inFlight--;
              pending.set(result.index, result);
              handOn();
              give();
            });
            worker.once('error', reject);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}
