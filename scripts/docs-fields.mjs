#!/usr/bin/env node
/**
 * Writes the field reference of CONTRIBUTING.md and CONTRIBUTING.zh-CN.md from the schemas of the
 * data files (src/dataset/schema.ts, src/dataset/field-help.ts) with examples from the data,
 * between the guides' BEGIN/END fields marker comments: `npm run docs:fields`. With --check,
 * writes nothing and fails when a guide is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { scriptArgs } from './script-args.mjs';

const { check = false } = scriptArgs({
  invocation: 'npm run docs:fields --',
  summary: 'Writes the field reference of CONTRIBUTING.md and CONTRIBUTING.zh-CN.md from the schemas of the data files.',
  options: { check: 'write nothing; fail (exit 1) when a guide is out of date' },
  exitCodes: '0 written (or up to date, with --check); 1 a guide is out of date (--check); 2 a usage error.',
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await build({
  stdin: {
    contents: "export * from './src/dataset/field-reference.ts'; export * from './src/load/field-examples.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
  // The yaml package is CommonJS: give the bundle a require that resolves from the project.
  banner: {
    js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});`,
  },
});
const module = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

let stale = false;
try {
  const reference = module.fieldReference(module.readExampleDocuments(root));
  for (const [file, language] of [
    ['CONTRIBUTING.md', 'en'],
    ['CONTRIBUTING.zh-CN.md', 'zh'],
  ]) {
    const full = path.join(root, file);
    const before = readFileSync(full, 'utf8');
    const after = module.withFieldReference(before, language, reference);
    if (after === before) continue;
    if (check) {
      console.error(`${file}: the field reference differs from the schemas and the data; run npm run docs:fields`);
      stale = true;
    } else {
      writeFileSync(full, after);
      console.log(`${file}: field reference rewritten`);
    }
  }
} catch (error) {
  console.error(`docs:fields: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
if (stale) process.exitCode = 1;
