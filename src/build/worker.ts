/**
 * A worker thread that renders editions. The main thread has validated the whole dataset and
 * models each edition (a plan is plain data, cloned into the message in under a millisecond); a
 * worker only renders and sends the artifacts back. Used when several editions are built.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { runtime } from '../runtime.js';
import type { UnitsFile } from '../dataset/schema.js';
import { createRenderCaches, renderEdition, type Artifact } from './edition.js';
import { prepareStrings } from './prepare.js';

export interface WorkerSetup {
  readonly rootDir: string;
  readonly units: UnitsFile;
  readonly buildDate: string;
  readonly sharedCaches: boolean;
  readonly chartImages: boolean;
}
export interface WorkerTask {
  /** Position in the build's task list: results are handed on in this order. */
  readonly index: number;
  readonly folder: string;
  readonly plan: Plan;
  /** The locales to render: both for a whole edition, one when editions are split between workers. */
  readonly locales: readonly Locale[];
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
  // Checked by the main thread before any task is sent.
  const strings = prepareStrings(setup.rootDir, stringsSink);
  const context = {
    rootDir: setup.rootDir,
    units: setup.units,
    strings,
    buildDate: new Date(setup.buildDate),
    ...(setup.sharedCaches ? { caches: createRenderCaches() } : {}),
    chartImages: setup.chartImages,
  };

  // Tasks are queued and rendered one after another: the parent sends the next task before this one
  // is done, so the worker never waits for the parent between tasks.
  let queue = Promise.resolve();
  parentPort!.on('message', (task: WorkerTask) => {
    queue = queue.then(() => render(task));
  });

  async function render(task: WorkerTask): Promise<void> {
    const sink = new DiagnosticSink();
    try {
      const artifacts = await renderEdition(task.plan, context, sink, task.locales);
      // Copied, not transferred: small Buffers share Node's pooled ArrayBuffer.
      const result: WorkerResult = { index: task.index, folder: task.folder, artifacts, diagnostics: sink.items };
      parentPort!.postMessage(result);
      // The first task has compiled the rendering code: keep it for the next worker (no-op after).
      runtime.saveCodeCache?.();
    } catch (error) {
      const result: WorkerResult = {
        index: task.index,
        folder: task.folder,
        artifacts: [],
        diagnostics: sink.items,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      parentPort!.postMessage(result);
    }
  }
}
