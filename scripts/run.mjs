#!/usr/bin/env node
/**
 * Runs one of the command-line programs in src/cli/ from JavaScript that esbuild compiled into
 * dist/ (git-ignored), recompiling only when a source file is newer than the last compile. This
 * keeps every run a single node process without a TypeScript loader: `node scripts/run.mjs build`.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
const distDir = path.join(root, 'dist');
const stamp = path.join(distDir, '.compiled');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const files = sources(srcDir);
const newest = Math.max(...files.map((f) => statSync(f).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newest) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: files,
    outdir: distDir,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const [command, ...rest] = process.argv.slice(2);
const program = path.join(distDir, 'cli', `${command}.js`);
if (!command || !existsSync(program)) {
  process.stderr.write(`Usage: node scripts/run.mjs <${readdirSync(path.join(srcDir, 'cli')).map((f) => f.replace(/\.ts$/, '')).join('|')}> [options]\n`);
  process.exit(2);
}
process.argv = [process.argv[0], program, ...rest];
await import(pathToFileURL(program).href);
