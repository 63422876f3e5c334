/**
 * npm run build-reports [-- --edition <folder>] [--shard k/n] [--force] [--jobs N] [--strict]
 *                        [--data <dir>] [--out <dir>] [--wait]
 * --wait: when another build is writing to the same output folder, wait for it instead of stopping.
 * Checks first, cheaply, whether anything is out of date; only then loads the renderers.
 */
import path from 'node:path';
import { runtime } from '../runtime.js';
import { planBuild } from '../build/incremental.js';
import { guardCommands } from '../diagnostics/escape.js';
import { describeError } from './errors.js';

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const rootDir = process.cwd();

  function parseShard(text: string | undefined): { index: number; count: number } | undefined {
    if (text === undefined) return undefined;
    const match = /^(\d+)\/(\d+)$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
      process.stderr.write(`--shard takes k/n with 1 ≤ k ≤ n, for example --shard 2/4 (got "${text}")\n`);
      process.exit(2);
    }
    return { index, count };
  }

  try {
    const started = performance.now();
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const shard = parseShard(option('--shard'));
    const edition = option('--edition');
    const selection = {
      rootDir,
      dataDir: path.resolve(rootDir, option('--data') ?? 'data'),
      outDir: path.resolve(rootDir, option('--out') ?? 'output'),
      force: args.includes('--force'),
      ...(epoch !== undefined && /^\d+$/.test(epoch) ? { sourceDateEpoch: epoch } : {}),
      ...(edition ? { editions: [edition] } : {}),
      ...(shard ? { shard } : {}),
    };
    const planned = planBuild(selection);
    if (planned.nothingToDo) {
      process.stdout.write(`Up to date: nothing changed since the last build (${Math.round(performance.now() - started)} ms). Use --force to rebuild.\n`);
    } else {
      const { buildReports, buildDateFromEnv } = await import('../build/pipeline.js');
      const { formatGithub, formatHuman, reportLanguage } = await import('../diagnostics/report.js');
      const jobs = option('--jobs');
      const result = await buildReports(
        {
          ...selection,
          strict: args.includes('--strict'),
          buildDate: buildDateFromEnv(process.env),
          sharedCaches: process.env.PLAN_BRIEFS_NO_SHARED_CACHES !== '1',
          ...(jobs ? { jobs: Math.max(1, Number(jobs) || 1) } : {}),
          wait: args.includes('--wait'),
          onWait: (message: string) => process.stderr.write(`${guardCommands(message)}\n`),
        },
        planned,
      );
      if (result.diagnostics.length > 0) process.stderr.write(`${formatHuman(result.diagnostics, reportLanguage(args, process.env))}\n`);
      if (process.env.GITHUB_ACTIONS === 'true' && result.diagnostics.length > 0) process.stdout.write(`${formatGithub(result.diagnostics)}\n`);
      if (!result.ok) {
        process.stderr.write('Build stopped: validation failed. Nothing was written; previous outputs are unchanged.\n');
        process.exitCode = 1;
      } else {
        const ms = Math.round(performance.now() - started);
        const skipped = result.upToDate.length > 0 ? `; ${result.upToDate.length} up to date` : '';
        process.stdout.write(`Built ${result.built.length} edition(s)${skipped}, wrote ${result.written.length} file(s) in ${ms} ms; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.\n`);
        // A build that rendered has compiled the rendering code: the next process can start from it.
        runtime.saveCodeCache?.();
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'BuildLockedError') {
      process.stderr.write(`${guardCommands(error.message)}\n`);
      process.exitCode = 3;
      return;
    }
    process.stderr.write(`${describeError(error)}\nBuild failed; files already complete were kept, nothing is half-written.\n`);
    process.exitCode = 2;
  }
}
