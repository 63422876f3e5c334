/**
 * Benchmark: times each stage of building the default edition, in-process after imports, over
 * several runs; then whole build processes, cold (--force) and with nothing to do; then, with
 * `--editions 100,200`, that many generated editions, each count in a new process. Prints medians
 * (machines here are shared and noisy: compare medians from one run, never single timings).
 * `--json` prints the same as JSON; `--runs N` and `--process-runs N` set the run counts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { maximiseTexts, spacedWords } from '../bench/long-texts.js';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { listEditionFolders } from '../load/dataset.js';
import { locales } from '../model/format.js';
import { createRenderCaches } from '../build/edition.js';
import { buildReports } from '../build/pipeline.js';
import { formats, prepareLocale } from '../build/formats.js';
import { prepareEdition, prepareShared } from '../build/prepare.js';
import { generateEditions } from '../bench/generate.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { benchSpec as spec } from './specs.js';
import { previewLatency } from './bench-preview.js';

export { benchSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(spec, (values, _io, { cwd }) => bench(values, cwd), invocation);
}

async function bench(values: Record<string, unknown>, rootDir: string): Promise<void> {
  const runs = values.runs !== undefined ? Number(values.runs) : 7;
  // --editions 100,200: also build that many generated editions, cold, with all cores.
  const editionCounts = typeof values.editions === 'string' ? values.editions.split(',').map(Number) : [];
  const dataDir = path.join(rootDir, 'data');

  // The edition measured, and the template of the generated ones: the default dataset's first edition.
  const benchEdition = listEditionFolders(dataDir)[0];
  if (benchEdition === undefined) throw new Error(`No edition in ${dataDir}`);
  const samples: Record<string, number[]> = {};
  let briefSizes: number[] = [];
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    (samples[stage] ??= []).push(performance.now() - start);
    return result;
  };

  // Kept from run to run, as a build keeps them from edition to edition.
  const caches = createRenderCaches();
  for (let run = 0; run <= runs; run++) {
    const sink = new DiagnosticSink();
    const options = { dataDir, rootDir };
    // The stages of prepare.ts, each timed: load and check the shared files and the edition, then model it.
    const { shared, edition } = await time('load and validate', () => {
      const shared = prepareShared(options, sink);
      return { shared, edition: prepareEdition(benchEdition, shared, options, sink) };
    });
    if (!edition || !shared.complete) throw new Error(`${benchEdition} could not be prepared`);
    const { units, strings } = shared.complete;
    const plan = await time('model', () => edition.plan());
    const services = { sink, caches, chartImages: false };
    // As the build makes them by default: SVG only (PNGs are made with --png).
    const prepared = await time('charts and typesetting (both locales)', () =>
      Promise.all(
        locales.map((locale) =>
          prepareLocale(plan, locale, { rootDir, units, strings: strings.get(locale)!, buildDate: new Date(0) }, services),
        ),
      ),
    );
    // Every output format, both locales.
    for (const format of formats) {
      await time(`${format.id} (both locales)`, async () => {
        const sizes: number[] = [];
        for (const locale of prepared)
          for (const file of await format.render(locale, services))
            if (file.path.endsWith('.pdf')) sizes.push(typeof file.bytes === 'string' ? file.bytes.length : file.bytes.byteLength);
        if (format.id === 'brief-pdf') briefSizes = sizes;
      });
    }
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'bench-out-'));
    await time('whole build (in-process)', () => buildReports({ rootDir, dataDir, outDir, buildDate: new Date(0) }));
    rmSync(outDir, { recursive: true, force: true });
    // The first run warms caches (fonts, specs, JIT); it is not counted.
    if (run === 0) for (const key of Object.keys(samples)) samples[key] = [];
  }

  // Whole processes, as an editor or CI runs them: `node scripts/run.mjs build` (npm adds about
  // 0.15 s of its own), cold (--force: everything rendered) and with nothing to do.
  const processRuns = values['process-runs'] !== undefined ? Number(values['process-runs']) : 5;
  const runBuild = (...extra: string[]) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, [path.join(rootDir, 'scripts', 'run.mjs'), 'build', ...extra], {
      cwd: rootDir,
      encoding: 'utf8',
    });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`build ${extra.join(' ')} failed: ${child.stderr}`);
    const peak = /peak memory (\d+) MB/.exec(child.stdout);
    return { ms, peakRssMb: peak ? Number(peak[1]) : undefined, stdout: child.stdout };
  };
  // The same through npm, as users run it (`npm run build-reports`).
  const runNpmBuild = (...extra: string[]) => {
    const start = performance.now();
    const child = spawnSync('npm', ['run', '--silent', 'build-reports', '--', ...extra], { cwd: rootDir, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`npm run build-reports ${extra.join(' ')} failed: ${child.stderr}`);
    return { ms, stdout: child.stdout };
  };
  const processOut = mkdtempSync(path.join(os.tmpdir(), 'bench-process-'));
  const processSamples: Record<string, number[]> = {
    'cold build (whole process)': [],
    'no-op build (whole process)': [],
    'cold build (npm)': [],
    'no-op build (npm)': [],
  };
  const chromiumSamples: number[] = [];
  if (processRuns > 0) {
    runBuild('--force', '--out', processOut); // warm-up: compiles the bundle and its code cache if needed
    // Interleaved, so that a busy moment of the machine weighs on every measure alike.
    for (let i = 0; i < processRuns; i++) {
      processSamples['cold build (whole process)']!.push(runBuild('--force', '--out', processOut).ms);
      processSamples['cold build (npm)']!.push(runNpmBuild('--force', '--out', processOut).ms);
      const chromium = chromiumPrint(processOut, benchEdition);
      if (chromium !== undefined) chromiumSamples.push(chromium);
    }
    for (let i = 0; i < processRuns; i++) {
      const noOp = runBuild('--out', processOut);
      if (!noOp.stdout.includes('Up to date')) throw new Error(`expected a no-op build, got: ${noOp.stdout}`);
      processSamples['no-op build (whole process)']!.push(noOp.ms);
      processSamples['no-op build (npm)']!.push(runNpmBuild('--out', processOut).ms);
    }
  }
  if (chromiumSamples.length > 0) processSamples['Chromium prints both briefs'] = chromiumSamples;
  rmSync(processOut, { recursive: true, force: true });

  // The pathological edition: every text of the measured edition at its length limit, built cold.
  const pathological: number[] = [];
  if (processRuns > 0) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-long-'));
    const longData = path.join(dir, 'data');
    mkdirSync(path.join(longData, 'editions'), { recursive: true });
    for (const file of ['units.yaml', 'glossary.yaml']) cpSync(path.join(dataDir, file), path.join(longData, file));
    cpSync(path.join(dataDir, 'editions', benchEdition), path.join(longData, 'editions', benchEdition), { recursive: true });
    maximiseTexts(path.join(longData, 'editions', benchEdition), spacedWords);
    for (let i = 0; i < Math.min(3, processRuns); i++) {
      pathological.push(runBuild('--data', longData, '--out', path.join(dir, 'out'), '--force').ms);
    }
    rmSync(dir, { recursive: true, force: true });
    processSamples['maximum-length edition (whole process)'] = pathological;
  }

  // `npm run preview`: from a data file's save to the updated page being served, warm.
  const previewRuns = values['preview-runs'] !== undefined ? Number(values['preview-runs']) : 7;
  const previewSamples: Record<string, number[]> =
    previewRuns > 0 ? { 'edit-to-preview (warm)': await previewLatency(rootDir, dataDir, previewRuns) } : {};

  interface ScaleResult {
    editions: number;
    seconds: number;
    files: number;
    filesPerSecond: number;
    peakRssMb: number | undefined;
    jobs: number;
  }
  const scale: ScaleResult[] = [];
  for (const count of editionCounts) {
    // A new process per count, cold: nothing cached from the runs above.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-editions-'));
    const genData = path.join(dir, 'data');
    generateEditions(dataDir, genData, count, benchEdition);
    const outDir = path.join(dir, 'output');
    const jobs = os.availableParallelism();
    const result = runBuild('--data', genData, '--out', outDir);
    const files = Number(/wrote (\d+) file/.exec(result.stdout)?.[1] ?? 0);
    scale.push({
      editions: count,
      seconds: Math.round(result.ms / 100) / 10,
      files,
      filesPerSecond: Math.round((files / (result.ms / 1000)) * 10) / 10,
      peakRssMb: result.peakRssMb,
      jobs,
    });
    rmSync(dir, { recursive: true, force: true });
  }

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const report = Object.entries({ ...samples, ...(processRuns > 0 ? processSamples : {}), ...previewSamples }).map(([stage, values]) => ({
    stage,
    medianMs: Math.round(median(values) * 10) / 10,
    minMs: Math.round(Math.min(...values) * 10) / 10,
    maxMs: Math.round(Math.max(...values) * 10) / 10,
  }));
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

  // The targets of issue 15, each with its measured median.
  const medianOf = (stage: string) => report.find((r) => r.stage === stage)?.medianMs;
  const coldNpm = medianOf('cold build (npm)');
  const chromium = medianOf('Chromium prints both briefs');
  const scaleOf = (n: number) => scale.find((s) => s.editions === n);
  const targets: { target: string; measured: string; met: boolean | undefined }[] = [
    {
      target: 'cold build through npm ≤ 0.5 × Chromium printing both briefs',
      measured:
        coldNpm !== undefined && chromium !== undefined
          ? `${coldNpm} ms vs ${chromium} ms: ratio ${(coldNpm / chromium).toFixed(2)}`
          : 'not measured (needs --process-runs ≥ 1 and /usr/bin/chromium)',
      met: coldNpm !== undefined && chromium !== undefined ? coldNpm <= 0.5 * chromium : undefined,
    },
    {
      target: 'no-op build through npm < 250 ms',
      measured: medianOf('no-op build (npm)') !== undefined ? `${medianOf('no-op build (npm)')} ms` : 'not measured',
      met: medianOf('no-op build (npm)') !== undefined ? medianOf('no-op build (npm)')! < 250 : undefined,
    },
    {
      target: '100 editions < 20 s, peak RSS < 1 GB',
      measured: scaleOf(100) ? `${scaleOf(100)!.seconds} s, ${scaleOf(100)!.peakRssMb ?? '?'} MB` : 'not measured (--editions 100)',
      met: scaleOf(100) ? scaleOf(100)!.seconds < 20 && (scaleOf(100)!.peakRssMb ?? Infinity) < 1024 : undefined,
    },
    {
      target: '200 editions < 2.05 × 100 editions',
      measured:
        scaleOf(100) && scaleOf(200)
          ? `${scaleOf(200)!.seconds} s: ${(scaleOf(200)!.seconds / scaleOf(100)!.seconds).toFixed(2)} ×`
          : 'not measured (--editions 100,200)',
      met: scaleOf(100) && scaleOf(200) ? scaleOf(200)!.seconds < 2.05 * scaleOf(100)!.seconds : undefined,
    },
    {
      target: 'edit-to-preview < 300 ms',
      measured: medianOf('edit-to-preview (warm)') !== undefined ? `${medianOf('edit-to-preview (warm)')} ms` : 'not measured',
      met: medianOf('edit-to-preview (warm)') !== undefined ? medianOf('edit-to-preview (warm)')! < 300 : undefined,
    },
    {
      target: 'maximum-length edition < 10 s',
      measured: pathological.length > 0 ? `${medianOf('maximum-length edition (whole process)')} ms` : 'not measured',
      met: pathological.length > 0 ? medianOf('maximum-length edition (whole process)')! < 10_000 : undefined,
    },
  ];

  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ runs, peakRssMb, briefBytes: briefSizes, stages: report, scale, targets }, null, 2)}\n`);
  } else {
    process.stdout.write(
      `Default edition: stages in one process, ${runs} runs after one warm-up; whole processes ${processRuns} runs each (ms)\n`,
    );
    process.stdout.write(`${'stage'.padEnd(28)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}\n`);
    for (const r of report) {
      process.stdout.write(
        `${r.stage.padEnd(28)}${String(r.medianMs).padStart(9)}${String(r.minMs).padStart(9)}${String(r.maxMs).padStart(9)}\n`,
      );
    }
    process.stdout.write(`brief sizes: ${locales.map((l, i) => `${l} ${Math.round((briefSizes[i] ?? 0) / 1024)} KB`).join(', ')}\n`);
    process.stdout.write(`peak RSS ${peakRssMb} MB\n`);
    for (const s of scale) {
      process.stdout.write(
        `${s.editions} generated editions, one process, ${s.jobs} workers: ${s.seconds} s, ${s.files} files (${s.filesPerSecond} files/s), peak RSS ${s.peakRssMb ?? '?'} MB\n`,
      );
    }
    process.stdout.write('\nTargets (medians of this run)\n');
    for (const t of targets) {
      const verdict = t.met === undefined ? '–' : t.met ? 'met' : 'NOT met';
      process.stdout.write(`${verdict.padEnd(8)} ${t.target}: ${t.measured}\n`);
    }
  }
}

/**
 * The baseline: headless Chromium printing the edition's two HTML briefs (each a single page with
 * its styles and charts inline) to PDF, one process per brief, as a tool that renders briefs through
 * a browser would. Milliseconds for both, or undefined when Chromium is not installed.
 */
function chromiumPrint(outDir: string, edition: string): number | undefined {
  const browser = '/usr/bin/chromium';
  if (!existsSync(browser)) return undefined;
  // PDFs go elsewhere: the output folder is the next build's to judge up to date.
  const pdfDir = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const start = performance.now();
  for (const locale of locales) {
    const html = path.join(outDir, edition, locale, 'brief.html');
    const pdf = path.join(pdfDir, `${locale}.pdf`);
    const child = spawnSync(
      browser,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href],
      { encoding: 'utf8' },
    );
    if (child.status !== 0 || !existsSync(pdf)) throw new Error(`Chromium could not print ${html}: ${child.stderr}`);
  }
  const ms = performance.now() - start;
  rmSync(pdfDir, { recursive: true, force: true });
  return ms;
}
