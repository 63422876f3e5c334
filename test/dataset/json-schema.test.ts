import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataFileSchemas, schemaText } from '../../src/dataset/json-schema.js';
import { repoRoot } from '../helpers.js';

/**
 * The JSON Schemas under schemas/ are generated from the zod schemas (src/dataset/json-schema.ts).
 * After changing a schema or a field's help: `npm run schemas` rewrites them; review and commit.
 */
const schemaDir = path.join(repoRoot, 'schemas');
const generated = dataFileSchemas();
if (process.env.UPDATE_SCHEMAS === '1') {
  mkdirSync(schemaDir, { recursive: true });
  for (const s of generated) writeFileSync(path.join(schemaDir, s.name), schemaText(s));
}

/** Every property of a JSON Schema, with its path. */
function properties(node: unknown, at = '', out: { path: string; schema: Record<string, unknown> }[] = []) {
  if (Array.isArray(node)) node.forEach((n) => properties(n, at, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [field, schema] of Object.entries(value as Record<string, unknown>)) {
          out.push({ path: `${at}.${field}`, schema: schema as Record<string, unknown> });
          properties(schema, `${at}.${field}`, out);
        }
      } else properties(value, at, out);
    }
  }
  return out;
}

describe('JSON Schemas of the data files', () => {
  it('are committed exactly as generated from the zod schemas (npm run schemas rewrites them)', () => {
    const committed = readdirSync(schemaDir)
      .filter((f) => f.endsWith('.schema.json'))
      .sort();
    expect(committed).toEqual(generated.map((s) => s.name).sort());
    for (const s of generated) expect([s.name, readFileSync(path.join(schemaDir, s.name), 'utf8')]).toEqual([s.name, schemaText(s)]);
  });

  it('describe every field in English and Chinese, for hover help', () => {
    for (const s of generated) {
      for (const p of properties(s.schema)) {
        const description = String(p.schema.description ?? '');
        expect([s.name, p.path, /[A-Za-z]{3}/.test(description) && /\p{Script=Han}/u.test(description)]).toEqual([s.name, p.path, true]);
      }
    }
  });

  it('are mapped to the data files in .vscode/settings.json, and the YAML extension is recommended', () => {
    const settings = JSON.parse(readFileSync(path.join(repoRoot, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas']).toEqual(Object.fromEntries(generated.map((s) => [`./schemas/${s.name}`, s.files])));
    const extensions = JSON.parse(readFileSync(path.join(repoRoot, '.vscode', 'extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });

  it('match the data files they describe (the default dataset and the test edition)', () => {
    // A light structural check: every top-level key of each data file is a property of its schema.
    for (const s of generated) {
      for (const pattern of s.files) {
        const [dir, file] = [path.dirname(pattern), path.basename(pattern)];
        const folders = dir.endsWith('/*')
          ? readdirSync(path.join(repoRoot, dir.slice(0, -2))).map((f) => path.join(dir.slice(0, -2), f))
          : [dir];
        for (const folder of folders) {
          const full = path.join(repoRoot, folder, file);
          if (!existsSync(full)) continue;
          const data = parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
          const props = Object.keys((s.schema.properties ?? {}) as Record<string, unknown>);
          for (const key of Object.keys(data)) expect([full, key, props.includes(key)]).toEqual([full, key, true]);
        }
      }
    }
  });
});

describe('a schema line in a data file', () => {
  it('names an existing schema by the path CONTRIBUTING gives, relative to an edition file', () => {
    const guide = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const line = /^# yaml-language-server: \$schema=(\S+)$/m.exec(guide);
    expect(line).not.toBeNull();
    expect(existsSync(path.resolve(repoRoot, 'data/editions/binjiang-2025', line![1]!))).toBe(true);
  });
});
