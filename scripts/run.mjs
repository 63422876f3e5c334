#!/usr/bin/env node
/**
 * Runs one of the command-line programs (src/cli/) as plain JavaScript: esbuild bundles src/main.ts
 * and its dependencies into dist/plan-briefs.cjs (git-ignored) when a source, script or the lock
 * file is newer than the last bundle, and scripts/load-bundle.cjs loads it with Node's compile cache.
 * A build first asks the small dist/front.cjs (src/front.ts) whether anything is out of date.
 * One process, no TypeScript loader, and far fewer files to read and compile than node_modules
 * holds: `node scripts/run.mjs build`.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 tuning, measured on Node 20 on the 2-core machine this project is built on (see the closing
// note of issue 7): our runs are short and spread over two cores, and V8's optimising compiler, on
// background threads, spent seconds per ten editions recompiling code used a few times. Optimising
// later and without inlining cut the cold build from about 1.8 s to 1.5 s there. Node 24's V8 has
// no --interrupt-budget (setting it printed an error on every command) and other tiers (Maglev);
// the flags have not been measured on Node 22 or 24, so they are set on Node 20 only.
// Process-wide: render workers share them.
if (Number(process.versions.node.split('.')[0]) < 22) {
  v8.setFlagsFromString('--no-turbo-inlining');
  v8.setFlagsFromString('--interrupt-budget=300000');
}

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(scriptsDir, '..');
const srcDir = path.join(root, 'src');
const require = createRequire(import.meta.url);
const { bundleFile, compileCacheDir, distDir, loadBundle, loadFront } = require('./load-bundle.cjs');
const stamp = path.join(distDir, '.bundled');

function files(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

const inputs = [
  ...files(srcDir, (name) => name.endsWith('.ts') && !name.endsWith('.d.ts')),
  ...files(scriptsDir, (name) => /\.(mjs|cjs)$/.test(name)),
  path.join(root, 'package-lock.json'),
];
const newest = Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
if (!existsSync(stamp) || !existsSync(bundleFile) || statSync(stamp).mtimeMs < newest) {
  const { build } = await import('esbuild');
  const result = await build({
    // The program, and the small bundle that answers "up to date" before the program loads (src/front.ts).
    entryPoints: { 'plan-briefs': path.join(srcDir, 'main.ts'), front: path.join(srcDir, 'front.ts') },
    outdir: distDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20', // the oldest Node in package.json engines
    write: false,
    // Native code, WebAssembly loaded from its package (harfbuzz's, by subset-font) and what is only
    // needed to build stay outside the bundle.
    external: ['canvas', '@napi-rs/*', 'esbuild', 'subset-font'],
    alias: {
      'vega-canvas': path.join(scriptsDir, 'vega-canvas.cjs'),
      // What only exceljs's streaming reader and writer and its CSV support load (see the file).
      ...Object.fromEntries(['unzipper', 'archiver', 'tmp', 'fast-csv'].map((name) => [name, path.join(scriptsDir, 'unused-module.cjs')])),
    },
    // import.meta.url of any bundled module means the bundle file (paths are resolved from it).
    define: { 'import.meta.url': '__bundle_url' },
    banner: { js: 'var __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  mkdirSync(distDir, { recursive: true });
  for (const output of result.outputFiles) {
    // Whole file or nothing: another process may be loading the bundle right now.
    const temp = `${output.path}.${process.pid}.tmp`;
    writeFileSync(temp, output.contents);
    renameSync(temp, output.path);
  }
  // The compile cache belongs to the old bundle (and dist/v8-cache/ to an older way of loading it).
  rmSync(path.join(distDir, 'v8-cache'), { recursive: true, force: true });
  rmSync(compileCacheDir, { recursive: true, force: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const [command, ...rest] = process.argv.slice(2);
// --help, --version, a usage mistake and a build with nothing to do are answered before the
// program loads (src/cli/before-loading.ts).
const answered = loadFront().answerBeforeLoading(command, rest, process.cwd(), process.env);
if (answered !== undefined) process.exit(answered);
const bundle = loadBundle();
// Own names only: "__proto__" or "toString" is an unknown command, not an inherited property.
const load = command !== undefined && Object.hasOwn(bundle.commands, command) ? bundle.commands[command] : undefined;
if (!load || command === 'worker') {
  // No command, --help or an unknown one: the list (each command has its own --help).
  const help = command === '--help' || command === '-h';
  const names = Object.keys(bundle.commands).filter((c) => c !== 'worker');
  const text = `${help || !command ? '' : `Unknown command "${command.replace(/[^\x20-\x7E]/gu, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`)}".\n`}Usage: node scripts/run.mjs <${names.join('|')}> [options]   (npm run build-reports, validate, diff, summary, merge-manifests, bench, preview, new-edition, draft)\nEach command explains its options with --help, e.g. npm run validate -- --help\n`;
  (help ? process.stdout : process.stderr).write(text);
  process.exit(help ? 0 : 2);
}
process.argv = [process.argv[0], path.join(srcDir, 'cli', `${command}.ts`), ...rest];
// A command returns its exit code (src/cli/command.ts); the process ends when its work is done.
const code = await (await load()).main();
if (typeof code === 'number') process.exitCode = code;
