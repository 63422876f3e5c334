/**
 * npm run build-reports [-- options]: see `spec` below or --help.
 * Checks first, cheaply, whether anything is out of date; only then loads the renderers.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runtime } from '../runtime.js';
import { planBuild } from '../build/incremental.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';
import { didYouMean, UsageError, wholeNumber, type CommandSpec } from './args.js';
import { runCommand } from './command.js';
import { colourEnabled, painter, progressBar } from './terminal.js';

export const spec: CommandSpec = {
  invocation: 'npm run build-reports --',
  summary:
    'Validates every edition under data/editions/, then writes the briefs (PDF), workbooks (XLSX), charts and plan.json\n' +
    'of each edition whose inputs changed since the last build, and output/manifest.json last. A build stopped by an\n' +
    'error writes nothing: previous outputs stay as they were.',
  options: {
    edition: {
      type: 'string',
      multiple: true,
      value: '<folder>',
      description: 'build only this edition (a folder under data/editions/; repeat for several); all are still validated',
    },
    shard: {
      type: 'string',
      value: '<k/n>',
      description: 'build share k of n of the editions (several machines; then npm run merge-manifests)',
      check: shardProblem,
    },
    force: { type: 'boolean', description: 'rebuild everything, also what is up to date' },
    strict: { type: 'boolean', description: 'warnings fail the build too (also when the outputs are up to date)' },
    jobs: {
      type: 'string',
      value: '<N>',
      description: 'render with N worker threads (default: one per core; 1 renders in this process)',
      check: wholeNumber(1),
    },
    wait: { type: 'boolean', description: 'if another build is writing the same output folder, wait for it instead of stopping' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    out: { type: 'string', value: '<dir>', description: 'the output folder (default: output)' },
    lang: {
      type: 'string',
      value: '<language>',
      choices: ['en', 'zh-CN'],
      description: 'language of the messages (default: from the system locale)',
    },
  },
  examples: [
    'npm run build-reports                                   # every edition, only what changed',
    'npm run build-reports -- --edition binjiang-2025        # one edition',
    'npm run build-reports -- --strict --lang zh-CN          # warnings fail; messages in Chinese',
    'npm run build-reports -- --force --jobs 1 --out /tmp/o  # rebuild all in one thread, elsewhere',
    'npm run build-reports -- --shard 2/4                    # the second of four machines',
  ],
  notes: [
    'Each finished edition prints one line with its folder; the last line names the output folder.',
    'Exit codes: 0 built or up to date; 1 the data has errors (or warnings, with --strict); 2 a usage or file-system error.',
  ],
};

function shardProblem(text: string): string | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  return match && count >= 1 && index >= 1 && index <= count ? undefined : 'takes k/n with 1 ≤ k ≤ n, for example --shard 2/4';
}

/** The edition folders under dataDir, checked for existence first (a clear error, not "Built 0 editions"). */
function editionFolders(dataDir: string): string[] {
  const editionsDir = path.join(dataDir, 'editions');
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
    throw new UsageError(`no data folder at ${dataDir} (choose one with --data)`);
  // No editions folder is a data error the build reports (plan:file-missing), like an empty one.
  if (!existsSync(editionsDir)) return [];
  return readdirSync(editionsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Shows `dir` as the user would type it: relative to the current folder when inside it. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `${relative}${path.sep}` : `${dir}${path.sep}`;
}

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  await runCommand(
    spec,
    async (values, io) => {
      const rootDir = process.cwd();
      const started = performance.now();
      const epoch = process.env.SOURCE_DATE_EPOCH;
      const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
      const outDir = path.resolve(rootDir, (values.out as string | undefined) ?? 'output');
      const lang = values.lang ? ['--lang', values.lang as string] : [];
      const strict = values.strict === true;
      const wanted = (values.edition as string[] | undefined) ?? [];
      const all = editionFolders(dataDir);
      for (const edition of wanted) {
        if (all.includes(edition)) continue;
        const guess = didYouMean(edition, all);
        throw new UsageError(
          `unknown edition "${edition}".${guess ? ` Did you mean "${guess}"?` : ''} Editions in ${shown(path.join(dataDir, 'editions'))}: ${all.join(', ') || 'none'}`,
        );
      }
      const shardText = values.shard as string | undefined;
      const shard = shardText ? { index: Number(shardText.split('/')[0]), count: Number(shardText.split('/')[1]) } : undefined;
      const selection = {
        rootDir,
        dataDir,
        outDir,
        force: values.force === true,
        ...(epoch !== undefined && /^\d+$/.test(epoch) ? { sourceDateEpoch: epoch } : {}),
        ...(wanted.length > 0 ? { editions: wanted } : {}),
        ...(shard ? { shard } : {}),
      };
      const { formatHuman, reportLanguage } = await import('../diagnostics/report.js');
      const language = reportLanguage(lang, process.env);
      const colour = colourEnabled(process.stderr, process.env);
      const planned = planBuild(selection);
      const where = `Outputs: ${shown(outDir)}`;
      if (planned.nothingToDo) {
        const upToDate = `Up to date: nothing changed since the last build (${Math.round(performance.now() - started)} ms). Use --force to rebuild.`;
        if (!strict) {
          io.out(`${upToDate} ${where}\n`);
          return 0;
        }
        // --strict asks whether there are warnings, which the outputs being current does not answer.
        const { validateOnly } = await import('./validate-only.js');
        const diagnostics = validateOnly(rootDir, dataDir);
        if (diagnostics.length > 0) io.err(`${formatHuman(diagnostics, language, { colour })}\n`);
        io.out(`${upToDate} ${where}\n`);
        if (diagnostics.length > 0) {
          io.err(`--strict: ${diagnostics.length} problem(s) fail the build, although its outputs are up to date.\n`);
          return 1;
        }
        return 0;
      }
      const { buildReports, buildDateFromEnv } = await import('../build/pipeline.js');
      const jobs = values.jobs as string | undefined;
      const total = planned.stale.length;
      const bar = process.stderr.isTTY === true;
      const paint = painter(colourEnabled(process.stdout, process.env));
      let done = 0;
      if (bar) io.err(progressBar(0, total));
      let result: Awaited<ReturnType<typeof buildReports>>;
      try {
        result = await buildReports(
          {
            ...selection,
            strict,
            buildDate: buildDateFromEnv(process.env),
            sharedCaches: process.env.PLAN_BRIEFS_NO_SHARED_CACHES !== '1',
            ...(jobs ? { jobs: Number(jobs) } : {}),
            ...(values.wait === true ? { wait: true } : {}),
            onWait: (message: string) => io.err(`${guardCommands(message)}\n`),
            onEditionWritten: (folder, files) => {
              done++;
              if (bar) io.err('\r\u001b[K');
              io.out(`${paint('green', '✓')} ${oneLine(folder)} → ${oneLine(shown(path.join(outDir, folder)))} (${files.length} files)\n`);
              if (bar && done < total) io.err(progressBar(done, total));
            },
          },
          planned,
        );
      } catch (error) {
        // Another build holds the output folder and --wait was not given: say so, exit 3.
        if (error instanceof Error && error.name === 'BuildLockedError') {
          io.err(`${guardCommands(error.message)}\n`);
          return 3;
        }
        throw error;
      }
      if (bar) io.err('\r\u001b[K');
      if (result.diagnostics.length > 0) io.err(`${formatHuman(result.diagnostics, language, { colour })}\n`);
      if (!result.ok) {
        io.err(`Build stopped: validation failed. Nothing was written; previous outputs are unchanged. Outputs: ${shown(outDir)}\n`);
        return 1;
      }
      const ms = Math.round(performance.now() - started);
      const skipped = result.upToDate.length > 0 ? `; ${result.upToDate.length} up to date` : '';
      io.out(
        `Built ${result.built.length} edition(s)${skipped}, wrote ${result.written.length} file(s) in ${ms} ms; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB. ${where}\n`,
      );
      // A build that rendered has compiled the rendering code: the next process can start from it.
      runtime.saveCodeCache?.();
      return 0;
    },
    { onFailure: 'Build failed; files already complete were kept, nothing is half-written.' },
  );
}
