import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type JSZip from 'jszip';
import { DiagnosticSink, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { briefGlyphCoverage } from '../src/fonts/fonts.js';
import { loadDataset } from '../src/load/dataset.js';
import { validateDataset, type ValidatedDataset } from '../src/validate/validate.js';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const defaultDataDir = path.join(repoRoot, 'data');
export const demoEditionDir = path.join(repoRoot, 'test', 'fixtures', 'editions', 'demo-2026');
/** An invented edition of another shape: the review year only, with declines, completion rates and a structure ratio. */
export const reviewOnlyEditionDir = path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024');
/** The smallest invented edition: metadata, source and a few headline results. */
export const minimalEditionDir = path.join(repoRoot, 'test', 'fixtures', 'editions', 'lanting-2024');

/**
 * Long tests run at full size in CI (PLAN_BRIEFS_TEST_SIZE=full, set by .ci/run and the workflow)
 * and smaller otherwise, so that `npm test` stays under two minutes on a developer's machine.
 */
export const fullSize = process.env.PLAN_BRIEFS_TEST_SIZE === 'full';

export function tempDir(prefix = 'plan-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A data folder with the shared registries and the given editions (default: the invented demo). */
export function makeDataDir(editions: readonly string[] = [demoEditionDir]): string {
  const dir = tempDir();
  cpSync(path.join(defaultDataDir, 'units.yaml'), path.join(dir, 'units.yaml'));
  cpSync(path.join(defaultDataDir, 'glossary.yaml'), path.join(dir, 'glossary.yaml'));
  for (const edition of editions) cpSync(edition, path.join(dir, 'editions', path.basename(edition)), { recursive: true });
  return dir;
}

/** Replaces text in a file, failing loudly if the text is not there (so no fixture is vacuous). */
/** Rewrites a file through `change` (a regular-expression edit, several at once). */
export function editFile(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** An HTML page's text as a reader sees it: no tags, no-break spaces as spaces. */
/** XML text as a reader of the file sees it: the five predefined entities, &amp; last. */
export const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export const htmlText = (html: string): string => html.replace(/<[^>]*>/g, '').replaceAll('\u00a0', ' ');

/**
 * Chinese HTML without the marks that only steer line breaks (src/html/render-html.ts chineseBreaks):
 * the <wbr> between words and the spans that keep a number with its unit; other markup stays.
 */
export const withoutBreakMarks = (html: string): string => {
  // The spans nest (a word span .w around a number with its unit .nw): innermost first, until none is left.
  let text = html.replaceAll('<wbr>', '');
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/<span class="n?w">([^<]*)<\/span>/g, '$1');
  }
  return text;
};

export function editText(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`Fixture edit: "${from}" not found in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

export function validateDir(dataDir: string): { diagnostics: readonly Diagnostic[]; dataset: ValidatedDataset } {
  const sink = new DiagnosticSink();
  const dataset = validateDataset(loadDataset({ dataDir, rootDir: dataDir }, sink), { glyphs: briefGlyphCoverage() }, sink);
  return { diagnostics: sink.items, dataset };
}

/** Every file under a folder (relative path) mapped through `read`: bytes, hashes or times. */
export function filesUnder<T>(dir: string, read: (file: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = read(full);
    }
  };
  walk(dir);
  return out;
}

/** Every file's bytes, for byte-for-byte comparison of two output folders. */
export const snapshot = (dir: string) => filesUnder(dir, (file) => readFileSync(file).toString('base64'));
/** Every file's sha256. */
export const hashes = (dir: string) => filesUnder(dir, (file) => createHash('sha256').update(readFileSync(file)).digest('hex'));
/** Every file's modification time. */
export const mtimes = (dir: string) => filesUnder(dir, (file) => statSync(file).mtimeMs);

/**
 * A GET request sent as written: the path is not normalised, and the Host header is the one given
 * (none when `host` is null) or Node's default when it is undefined.
 */
export function rawGet(url: string, rawPath = '/', host?: string | null): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  const headers = host === undefined ? undefined : host === null ? {} : { host };
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path: rawPath, method: 'GET', ...(headers ? { setHost: false, headers } : {}) },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** A part of a zip (an XLSX) as text; a missing part fails the test that asks for it, naming the part. */
export async function zipText(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the zip`);
  return file.async('string');
}
