/**
 * The build, top to bottom:
 *
 *   data/ ──hash──▶ up to date? ──load, validate, model──▶ Plan per edition (prepare.ts)
 *         ──render──▶ every output format (formats.ts) in memory, in worker threads when several
 *           editions ──write──▶ output/ (temp file + rename, manifest last)
 *
 * Nothing is written unless validation passes, so a build stopped by bad data leaves the previous
 * outputs exactly as they were. Each file is written whole to a temporary file beside its place once
 * its edition is rendered; when every edition is rendered and the manifest staged, all are renamed
 * into place, the manifest last. A build that fails on the way replaces nothing and removes its
 * temporary files. Editions whose inputs have not changed since the last build
 * are not rendered again.
 */
import { sourceDateEpoch } from './build-date.js';
import { rmSync } from 'node:fs';
import { oneLine } from '../diagnostics/escape.js';
import { InputError } from '../diagnostics/input-error.js';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { listEditionFolders } from '../load/dataset.js';
import { locales } from '../model/format.js';
import { runtime } from '../runtime.js';
import type { Artifact } from './edition.js';
import type { WorkerResult, WorkerSetup, WorkerTask } from './worker.js';
import { validateSeries } from '../validate/validate.js';
import type { ValidEdition } from '../dataset/edition.js';
import { assertRealFolders, commitTemp, sha256, writeTemp } from './atomic.js';
import { planBuild, removeStaleTempFiles, removeUnlisted, type BuildSelection, type Manifest, type ManifestEntry } from './incremental.js';
import type { ManifestEdition } from './manifest.js';
import { editionSeries } from '../dataset/series.js';
import type { Plan } from '../model/plan.js';
import { acquireBuildLock } from './lock.js';
import { prepareEdition, prepareShared } from './prepare.js';

export { manifestName, selectEditions } from './incremental.js';

export interface BuildOptions extends BuildSelection {
  readonly rootDir: string;
  /** Warnings fail the build too. */
  readonly strict?: boolean;
  /** The build date printed in outputs; fixed for reproducible builds (SOURCE_DATE_EPOCH). */
  readonly buildDate: Date;
  /** Worker threads for rendering; default: the number of cores. 1 renders in this thread. */
  readonly jobs?: number;
  /**
   * Keep parsed templates and compiled charts from one edition for the next (default true). The
   * benchmark turns it off to measure editions without that advantage; output is the same.
   */
  readonly sharedCaches?: boolean;
  /** When another build is writing to the same output folder: wait for it (true) or stop with BuildLockedError. */
  readonly wait?: boolean;
  /** Told once when this build starts waiting for another. */
  readonly onWait?: (message: string) => void;
  /** Told when an edition's files are all written (for progress output), with their paths in outDir. */
  readonly onEditionWritten?: (folder: string, files: readonly string[]) => void;
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

/**
 * Validates, then builds every selected edition whose outputs are not up to date. `planned` is
 * planBuild's answer for the same options when the caller has it already (the build command asks
 * first, to avoid loading the renderers for a no-op).
 */
export async function buildReports(options: BuildOptions, planned?: ReturnType<typeof planBuild>): Promise<BuildResult> {
  // One build at a time per output folder, from planning to the manifest (see write/lock.ts).
  const lock = await acquireBuildLock(options.outDir, {
    ...(options.wait !== undefined ? { wait: options.wait } : {}),
    ...(options.onWait ? { onWait: options.onWait } : {}),
  });
  // Temporary files this build made and has not yet put in place: a build that fails removes them
  // (592 KB were left on a full disk, keeping it full).
  const temps = new Set<string>();
  try {
    // A build that waited plans again: the one before it changed the outputs.
    return await buildLocked(options, planned && !lock.waited ? planned : planBuild(options), temps);
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
    lock.release();
  }
}

async function buildLocked(options: BuildOptions, planned: ReturnType<typeof planBuild>, temps: Set<string>): Promise<BuildResult> {
  // 0. What is out of date? Hashing the inputs is cheap; nothing heavy is loaded for a no-op.
  const { selected, hashes, inputHash, links, manifestFile, previous, stale, upToDate, nothingToDo } = planned;
  if (nothingToDo) return { ok: true, diagnostics: [], built: [], upToDate, written: [] };

  // 1. Load and check the shared files, then every edition: an error anywhere stops the build.
  const sink = new DiagnosticSink();
  const prepareOptions = { dataDir: options.dataDir, rootDir: options.rootDir };
  const shared = prepareShared(prepareOptions, sink);
  const failed = () => sink.errorCount > 0 || (options.strict === true && sink.warningCount > 0);
  const stopped = (written: string[] = []): BuildResult => ({ ok: false, diagnostics: sink.items, built: [], upToDate: [], written });
  // Every edition checked in full, for the checks across editions once all are checked.
  const checked: ValidEdition[] = [];
  // Each rendered edition's input hash and series, as the manifest records them: the hash with the
  // earlier editions of its series (src/dataset/series.ts), known once every edition is checked.
  const recorded = new Map<string, { sourceHash: string; series: readonly string[] }>();
  const planOf = (prepared: { folder: string; edition: ValidEdition; plan(editions: readonly ValidEdition[]): Plan }) => {
    const series = editionSeries(prepared.edition, checked)
      .slice(0, -1)
      .map((e) => e.folder);
    recorded.set(prepared.folder, { sourceHash: inputHash(prepared.folder, series), series });
    return prepared.plan(checked);
  };
  const checkEdition = (folder: string) => {
    const prepared = prepareEdition(folder, shared, prepareOptions, sink);
    if (prepared) checked.push(prepared.edition);
    return prepared;
  };
  if (failed() || !shared.complete) return stopped();
  const { units, strings } = shared.complete;

  // 2–4. Model, render and write the stale editions, in worker threads when there are several.
  // Each edition's files are written as soon as it is rendered (temp file + rename), so memory stays
  // bounded however many editions there are; the manifest, written last, is what makes them current.
  // Nothing is written before every edition has passed validation.
  const entries: ManifestEntry[] = [];
  const written: string[] = [];
  // Tasks still to write per edition (an edition may be rendered as one task per locale).
  const outstanding = new Map<string, number>();
  const filesOf = new Map<string, string[]>();
  // An artifact in a temporary file beside its place, with what the manifest records of it.
  type Staged = { readonly temp: string; readonly entry: ManifestEntry };
  const track = (temp: string) => {
    temps.add(temp);
    return temp;
  };
  const stage = (artifacts: readonly Artifact[]): Staged[] => {
    // No file is staged through a folder link (nothing written yet, so nothing to undo).
    for (const a of artifacts) assertRealFolders(options.outDir, path.join(options.outDir, a.path));
    return artifacts.map((a) => ({
      temp: track(writeTemp(path.join(options.outDir, a.path), a.bytes)),
      entry: {
        path: a.path,
        edition: a.edition,
        sha256: sha256(a.bytes),
        size: typeof a.bytes === 'string' ? Buffer.byteLength(a.bytes) : a.bytes.byteLength,
        sourceHash: recorded.get(a.edition)?.sourceHash ?? hashes.get(a.edition)!,
      },
    }));
  };
  // Nothing takes its place before every output of the build is ready: rendered files wait in
  // temporary files beside their places, and are put in place (renamed) only after the last edition
  // is rendered and the manifest is staged too. (A manifest.json that was a folder used to stop the
  // build after the editions' files had been replaced.)
  const ready: { readonly staged: readonly Staged[]; readonly folder?: string }[] = [];
  const write = (staged: readonly Staged[], folder?: string) => {
    ready.push({ staged, ...(folder !== undefined ? { folder } : {}) });
    for (const { entry } of staged) entries.push(entry);
  };
  const commitAll = () => {
    for (const { staged, folder } of ready) {
      for (const { temp, entry } of staged) {
        commitTemp(temp, path.join(options.outDir, entry.path));
        temps.delete(temp);
        written.push(entry.path);
        if (folder !== undefined) filesOf.set(folder, [...(filesOf.get(folder) ?? []), entry.path]);
      }
      if (folder !== undefined && (outstanding.get(folder) ?? 1) <= 1) {
        options.onEditionWritten?.(folder, filesOf.get(folder) ?? []);
        filesOf.delete(folder);
      } else if (folder !== undefined) outstanding.set(folder, outstanding.get(folder)! - 1);
    }
  };
  const folders = listEditionFolders(options.dataDir);
  const staleCount = folders.filter((f) => stale.includes(f)).length;
  const cores = Math.max(1, options.jobs ?? os.availableParallelism());
  const sharedCaches = options.sharedCaches ?? true;
  // A task is a whole edition when there are enough to keep every worker busy; a few editions are
  // split by locale.
  const splitLocales = staleCount < 2 * cores;
  const built: string[] = [];

  // One edition renders faster here than in workers, which would each load every module again (measured).
  if (cores > 1 && staleCount > 1 && canUseWorkers()) {
    // Workers start now and load the rendering code while this thread checks every edition. An
    // edition's plan holds its district's series (src/dataset/series.ts), which may take editions
    // checked after it, so plans are made, and sent to a worker, once every edition has passed.
    const setup: WorkerSetup = {
      rootDir: options.rootDir,
      units,
      buildDate: options.buildDate.toISOString(),
      sharedCaches,
      chartImages: options.chartImages === true,
    };
    const jobs = Math.min(cores, splitLocales ? staleCount * locales.length : staleCount);
    const pool = new RenderPool(setup, jobs, (result) => {
      for (const d of result.diagnostics) sink.add(d);
      if (result.diagnostics.some((d) => d.severity === 'error')) return;
      write(stage(result.artifacts), result.folder);
    });
    try {
      // Every edition is checked, even after an error: editors see every problem at once.
      const editions = folders.map(checkEdition);
      validateSeries(checked, sink);
      if (failed()) return stopped();
      // Temporary files of a build killed earlier are removed first.
      removeStaleTempFiles(options.outDir);
      for (const edition of editions) {
        if (!edition || !stale.includes(edition.folder)) continue;
        const plan = planOf(edition);
        const tasks = splitLocales ? locales.map((l) => [l]) : [locales];
        outstanding.set(edition.folder, tasks.length);
        for (const only of tasks) pool.add({ folder: edition.folder, plan, locales: only });
        built.push(edition.folder);
        // Model no further ahead of the workers than keeps them busy: a plan waits in memory until a worker takes it.
        await new Promise((resolve) => setImmediate(resolve));
        await pool.room(2 * jobs);
      }
      await pool.finish();
    } finally {
      await pool.close();
    }
  } else {
    const editions = folders.map(checkEdition);
    validateSeries(checked, sink);
    if (failed()) return stopped();
    removeStaleTempFiles(options.outDir);
    const { createRenderCaches, renderEdition } = await import('./edition.js');
    const caches = sharedCaches ? createRenderCaches() : undefined;
    for (const edition of editions) {
      if (!edition || !stale.includes(edition.folder)) continue;
      const plan = planOf(edition);
      const before = sink.errorCount;
      const artifacts = await renderEdition(
        plan,
        {
          rootDir: options.rootDir,
          units,
          strings,
          buildDate: options.buildDate,
          chartImages: options.chartImages === true,
          ...(caches ? { caches } : {}),
        },
        sink,
      );
      if (sink.errorCount > before) break;
      write(stage(artifacts), edition.folder);
      built.push(edition.folder);
    }
  }
  if (sink.errorCount > 0) return stopped();

  const existing = new Set(listEditionFolders(options.dataDir));
  const kept = (previous?.artifacts ?? []).filter(
    (a) => !stale.includes(a.edition) && existing.has(a.edition) && (selected.includes(a.edition) || !options.shard),
  );
  const allEntries = [...kept, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const editions: Record<string, ManifestEdition> = {};
  for (const entry of allEntries) {
    const series = recorded.get(entry.edition)?.series ?? previous?.editions[entry.edition]?.series ?? [];
    editions[entry.edition] = { sourceHash: entry.sourceHash, ...(series.length > 0 ? { series } : {}) };
  }
  const manifest: Manifest = { buildDate: options.buildDate.toISOString(), editions, links, artifacts: allEntries };
  // The manifest is the truth: what the last one listed and this one does not (a removed or
  // renamed edition, a chart no longer made) is removed first, so that output/ holds exactly what
  // the manifest lists. Killed in between, the next build removes the rest.
  const manifestPath = path.join(options.outDir, manifestFile);
  const manifestTemp = track(writeTemp(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`));
  commitAll();
  removeUnlisted(options.outDir, previous, allEntries);
  commitTemp(manifestTemp, manifestPath);
  temps.delete(manifestTemp);

  return { ok: true, diagnostics: sink.items, built, upToDate, written: [...written, manifestFile] };
}

/** Workers start the bundled program (scripts/run.mjs); under tests and TypeScript loaders we render here. */
function canUseWorkers(): boolean {
  return runtime.workerScript !== undefined;
}

/**
 * Render workers fed from a queue that grows while the build runs. Each worker holds up to two
 * tasks, rendered in turn, so it starts the next at once instead of waiting for this thread to take
 * a result and answer. Results are handed on in the order tasks were added, as a serial build would
 * hand them on, whatever order workers finish in.
 */
class RenderPool {
  private readonly workers: Worker[];
  private readonly inFlight: number[];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, WorkerResult>();
  private added = 0;
  private handedOn = 0;
  private failure: Error | undefined;
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private readonly roomWaiters: { limit: number; resolve: () => void }[] = [];

  constructor(
    setup: WorkerSetup,
    jobs: number,
    private readonly onResult: (result: WorkerResult) => void,
  ) {
    // A larger young generation (96 MB instead of V8's default) means fewer scavenges of the many
    // short-lived objects a brief makes: 20 editions 8.4–8.5 s instead of 8.5–9.0 s (three runs
    // each, interleaved), for about 40 MB more memory. A bound on the old generation makes V8 keep
    // each worker's heap smaller: 100 generated editions peaked at 0.91 GB instead of 1.30–1.36 GB,
    // in 34–41 s either way (Node 24, interleaved runs; see the closing note of issue 15). The
    // bound is far above what one edition needs (the maximum-length edition builds in 1.5 GB for the
    // whole process, in one thread).
    const resourceLimits = { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 1024 };
    this.workers = Array.from({ length: jobs }, () => new Worker(runtime.workerScript!, { workerData: setup, resourceLimits }));
    this.inFlight = this.workers.map(() => 0);
    this.workers.forEach((worker, i) => {
      worker.on('message', (result: WorkerResult) => {
        if (result.error) return this.fail(new Error(`Rendering ${result.folder} failed in a worker: ${result.error}`));
        this.inFlight[i]!--;
        this.pending.set(result.index, result);
        while (this.pending.has(this.handedOn)) {
          const next = this.pending.get(this.handedOn)!;
          this.pending.delete(this.handedOn++);
          this.onResult(next);
        }
        this.dispatch();
      });
      worker.once('error', (error) => this.fail(error));
      worker.once('exit', (code) => {
        if (this.settle !== undefined || this.handedOn < this.added) this.fail(new Error(`A render worker stopped (exit code ${code})`));
      });
    });
  }

  add(task: Omit<WorkerTask, 'index'>): void {
    this.queue.push({ ...task, index: this.added++ });
    this.dispatch();
  }

  /** Resolves when at most `limit` tasks wait to be sent to a worker (at once after a failure). */
  room(limit: number): Promise<void> {
    if (this.failure || this.queue.length <= limit) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ limit, resolve }));
  }

  private wakeRoomWaiters(): void {
    for (let i = this.roomWaiters.length - 1; i >= 0; i--) {
      const waiter = this.roomWaiters[i]!;
      if (this.failure || this.queue.length <= waiter.limit) {
        this.roomWaiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  /** Resolves once every task added so far has been handed on. */
  finish(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.settle = { resolve, reject };
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.settle = undefined;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    if (this.failure) return;
    this.workers.forEach((worker, i) => {
      while (this.inFlight[i]! < 2 && this.queue.length > 0) {
        this.inFlight[i]!++;
        worker.postMessage(this.queue.shift());
      }
    });
    this.wakeRoomWaiters();
    if (this.settle && this.handedOn === this.added) this.settle.resolve();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.wakeRoomWaiters();
    this.settle?.reject(error);
  }
}

/** SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function buildDateFromEnv(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Date {
  const epoch = sourceDateEpoch(env);
  if (epoch !== undefined) {
    const date = new Date(Number(epoch) * 1000);
    // A date beyond what a date can hold (year 275760) stopped the build inside the formatter as "a bug in the tool".
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
      throw new InputError(
        `SOURCE_DATE_EPOCH is ${oneLine(epoch)}, which is no date up to the year 9999 (seconds since 1970-01-01). ` +
          "Set it to a time in seconds, such as the last commit's (git log -1 --format=%ct), or unset it.",
      );
    }
    return date;
  }
  return now();
}
