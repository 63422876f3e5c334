import path from 'node:path';
import { formatGithub, formatHuman } from '../diagnostics/report.js';
import { buildDateFromEnv, buildReports } from '../pipeline.js';
import { describeError } from './errors.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rootDir = process.cwd();

try {
  const started = performance.now();
  const result = await buildReports({
    rootDir,
    dataDir: path.resolve(rootDir, option('--data') ?? 'data'),
    outDir: path.resolve(rootDir, option('--out') ?? 'output'),
    strict: args.includes('--strict'),
    buildDate: buildDateFromEnv(process.env),
    ...(option('--edition') ? { editions: [option('--edition')!] } : {}),
  });
  if (result.diagnostics.length > 0) process.stderr.write(`${formatHuman(result.diagnostics)}\n`);
  if (process.env.GITHUB_ACTIONS === 'true' && result.diagnostics.length > 0) {
    process.stdout.write(`${formatGithub(result.diagnostics)}\n`);
  }
  if (!result.ok) {
    process.stderr.write('Build stopped: validation failed. Nothing was written; previous outputs are unchanged.\n');
    process.exitCode = 1;
  } else {
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`Built ${result.plans.length} edition(s), wrote ${result.written.length} file(s) in ${ms} ms.\n`);
  }
} catch (error) {
  process.stderr.write(`${describeError(error)}\nBuild failed; files already complete were kept, nothing is half-written.\n`);
  process.exitCode = 2;
}
