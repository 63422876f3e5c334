/**
 * A worker thread that renders editions: the main thread has validated the whole dataset; a
 * worker reloads only the edition it is given (cheap), models it, renders it and sends the
 * artifacts back (their bytes transferred, not copied). Used when several editions are built.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadUiStrings, type UiStrings } from '../charts/strings.js';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { loadDataset } from '../load/dataset.js';
import { locales, type Locale } from '../model/format.js';
import { buildPlan } from '../model/plan.js';
import { validateDataset } from '../validate/validate.js';
import { runtime } from '../runtime.js';
import { renderEdition, type Artifact } from './edition.js';

export interface WorkerSetup {
  readonly rootDir: string;
  readonly dataDir: string;
  readonly buildDate: string;
}
export interface WorkerTask {
  /** Position in the build's task list: results are handed on in this order. */
  readonly index: number;
  readonly folder: string;
  /** The locales to render: both for a whole edition, one when editions are split between workers. */
  readonly locales: readonly Locale[];
  readonly warnings: readonly Diagnostic[];
}
export interface WorkerResult {
  readonly index: number;
  readonly folder: string;
  readonly artifacts: readonly Artifact[];
  readonly diagnostics: readonly Diagnostic[];
  readonly error?: string;
}

/** Starts answering render tasks from the parent thread (scripts/worker.cjs calls this). */
export function main(): void {
  const setup = workerData as WorkerSetup;
  const stringsSink = new DiagnosticSink();
  const strings = new Map<Locale, UiStrings>(locales.map((locale) => [locale, loadUiStrings(setup.rootDir, locale, stringsSink)!]));

  // Tasks are queued and rendered one after another: the parent sends the next task before this one
  // is done, so the worker never waits for the parent between tasks.
  let queue = Promise.resolve();
  parentPort!.on('message', (task: WorkerTask) => {
    queue = queue.then(() => render(task));
  });

  async function render(task: WorkerTask): Promise<void> {
    const sink = new DiagnosticSink();
    try {
      const source = loadDataset({ dataDir: setup.dataDir, rootDir: setup.rootDir, only: [task.folder] }, sink);
      const dataset = validateDataset(source, { glyphs: briefGlyphCoverage() }, new DiagnosticSink());
      const edition = dataset.editions[0];
      if (!edition || !dataset.units || !dataset.glossary) throw new Error(`Edition ${task.folder} could not be read in the worker`);
      const plan = buildPlan(edition, dataset.units, dataset.glossary, task.warnings);
      const artifacts = await renderEdition(plan, { rootDir: setup.rootDir, units: dataset.units, strings, buildDate: new Date(setup.buildDate) }, sink, task.locales);
      // Copied, not transferred: small Buffers share Node's pooled ArrayBuffer.
      const result: WorkerResult = { index: task.index, folder: task.folder, artifacts, diagnostics: sink.items };
      parentPort!.postMessage(result);
      // The first task has compiled the rendering code: keep it for the next worker (no-op after).
      runtime.saveCodeCache?.();
    } catch (error) {
      const result: WorkerResult = { index: task.index, folder: task.folder, artifacts: [], diagnostics: sink.items, error: error instanceof Error ? error.stack ?? error.message : String(error) };
      parentPort!.postMessage(result);
    }
  }
}
