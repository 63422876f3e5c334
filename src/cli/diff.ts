import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkoutData, diffDatasets, diffMarkdown } from '../diff/diff.js';
import { briefGlyphCoverage } from '../fonts/fonts.js';
import { describeError } from './errors.js';

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;
  if (!base) {
    process.stderr.write('Usage: npm run diff -- --base <git ref>   (for example: --base origin/main)\n');
    process.exit(2);
  }
  const rootDir = process.cwd();
  try {
    const baseDir = checkoutData(rootDir, base);
    try {
      process.stdout.write(`${diffMarkdown(diffDatasets(baseDir, path.join(rootDir, 'data'), briefGlyphCoverage()), base)}\n`);
    } finally {
      rmSync(baseDir, { recursive: true, force: true });
    }
  } catch (error) {
    process.stderr.write(`${describeError(error)}\nCould not compare with "${base}": is it a git ref of this repository?\n`);
    process.exit(2);
  }
}
