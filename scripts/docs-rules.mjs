#!/usr/bin/env node
/**
 * Writes the rule sections of CONTRIBUTING.md and CONTRIBUTING.zh-CN.md from the rule files
 * (src/diagnostics/rules/<prefix>/<name>.ts), between the guides' BEGIN/END marker comments:
 * `npm run docs:rules`. With --check, writes nothing and fails when a guide is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { scriptArgs } from './script-args.mjs';

const { check = false } = scriptArgs({
  invocation: 'npm run docs:rules --',
  summary: 'Writes the rule sections of CONTRIBUTING.md and CONTRIBUTING.zh-CN.md from the rule files (src/diagnostics/rules/).',
  options: { check: 'write nothing; fail (exit 1) when a guide is out of date' },
  exitCodes: '0 written (or up to date, with --check); 1 a guide is out of date (--check); 2 a usage error.',
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  entryPoints: [path.join(root, 'src/diagnostics/guide-sections.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { withRuleSections } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

let stale = false;
for (const [file, language] of [
  ['CONTRIBUTING.md', 'en'],
  ['CONTRIBUTING.zh-CN.md', 'zh'],
]) {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = withRuleSections(before, language);
  if (after === before) continue;
  if (check) {
    console.error(`${file}: the rule sections differ from the rule files; run npm run docs:rules`);
    stale = true;
  } else {
    writeFileSync(full, after);
    console.log(`${file}: rule sections rewritten`);
  }
}
if (stale) process.exitCode = 1;
