import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { breakLines } from '../../src/brief/line-break.js';
import { charts } from '../../src/charts/data.js';
import { loadUiStrings, type UiStrings } from '../../src/present/strings.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { buildReports } from '../../src/build/pipeline.js';
import { sha256 } from '../../src/build/atomic.js';
import { BuildLockedError } from '../../src/build/lock.js';
import { filesUnder, fullSize, makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

/**
 * Hostile input, generated: control characters, long words, extreme decimals, symlinks and special
 * files, unknown files, concurrent builds. For each, validation rejects it, or it builds within its
 * time and memory bound: never anything else (no exception, no hang, no crash after validation).
 *
 * Runs: PROPERTY_RUNS (default 2,000 in CI and 300 elsewhere; `PROPERTY_RUNS=100000 npx vitest run test/validate/hostile-property.test.ts`
 * for the long run) cases go through validation and, when accepted, through every stage that reads
 * the data's texts and numbers before rendering (the model with its number formatting, every
 * chart's data and labels, and line breaking of every text), each case within 2 s.
 * PROPERTY_BUILD_RUNS (default 12 in CI and 3 elsewhere) cases go through the whole build (PDF, workbook, charts),
 * under 10 s and 1.5 GB each, and concurrent builds.
 */
// Full size in CI (PLAN_BRIEFS_TEST_SIZE=full, see test/helpers.ts); a sample of it elsewhere.
const runs = Number(process.env.PROPERTY_RUNS ?? (fullSize ? 2000 : 100));
const buildRuns = Number(process.env.PROPERTY_BUILD_RUNS ?? (fullSize ? 12 : 3));
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261125;

const pristine = makeDataDir();
const editionOf = (dataDir: string) => path.join(dataDir, 'editions', 'demo-2026');
const yamlFiles = readdirSync(editionOf(pristine))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const knownNames = [...yamlFiles, 'source.txt', 'units.yaml', 'glossary.yaml'];

type HostileCase =
  | { kind: 'control'; file: string; text: number; at: number; code: number }
  | { kind: 'long-word'; file: string; text: number; length: number; unit: string; spaced: boolean }
  | { kind: 'decimal'; file: string; number: number; raw: string }
  | {
      kind: 'special';
      where: 'edition' | 'data';
      name: string;
      type: 'fifo' | 'link-folder' | 'link-out' | 'link-device' | 'link-inside' | 'link-missing';
    }
  | { kind: 'unknown'; where: 'edition' | 'data' | 'editions'; name: string; binary: boolean };

const controlCode = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x0a, 0x0d, 0x1b, 0x00, 0x09, 0x85),
);
/** A name near a known one (a typo) or any name. */
const fileName = fc
  .oneof(
    fc.tuple(fc.constantFrom(...knownNames), fc.nat(), fc.constantFrom('drop', 'double', 'plural', 'case')).map(([name, at, how]) => {
      const i = at % name.length;
      if (how === 'drop') return name.slice(0, i) + name.slice(i + 1);
      if (how === 'double') return name.slice(0, i) + name[i] + name.slice(i);
      if (how === 'plural') return name.replace(/\.(yaml|txt)$/, 's.$1');
      return name.toUpperCase();
    }),
    fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/),
  )
  .filter((name) => name !== '.' && name !== '..' && !knownNames.includes(name) && name !== 'attachments' && name !== 'editions');

const hostileCase: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.record({
    kind: fc.constant('control' as const),
    file: fc.constantFrom(...yamlFiles),
    text: fc.nat(),
    at: fc.nat(),
    code: controlCode,
  }),
  fc.record({
    kind: fc.constant('long-word' as const),
    file: fc.constantFrom(...yamlFiles),
    text: fc.nat(),
    length: fc.oneof(fc.integer({ min: 200, max: 2100 }), fc.integer({ min: 1, max: 12_000 })),
    unit: fc.constantFrom('W', 'x', '发', '😀', 'ab-'),
    spaced: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('decimal' as const),
    file: fc.constantFrom('headline.yaml', 'achievements.yaml', 'plan-targets.yaml', 'review-targets.yaml'),
    number: fc.nat(),
    raw: fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^[0-9]{0,25}$/))
        .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : String(whole))),
      fc.constantFrom(
        '1e20',
        '1e-20',
        '123456789012345678',
        '0.000000000000000000001',
        '9007199254740993',
        '1.7976931348623157e308',
        '-0.0',
        '5e-7',
        '0x10',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('special' as const),
    where: fc.constantFrom('edition' as const, 'data' as const),
    name: fc.oneof(fc.constantFrom(...knownNames), fileName),
    type: fc.constantFrom(
      'fifo' as const,
      'link-folder' as const,
      'link-out' as const,
      'link-device' as const,
      'link-inside' as const,
      'link-missing' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('unknown' as const),
    where: fc.constantFrom('edition' as const, 'data' as const, 'editions' as const),
    name: fileName,
    binary: fc.boolean(),
  }),
);

/** Edits go only into regular files: an earlier case may have put a FIFO or a link in the file's place. */
const isRegular = (file: string) => {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
};

/** The scalars of a YAML file that hold a text in one language (zh/en) or a number, in document order. */
function scalars(file: string, want: 'text' | 'number') {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const found: Scalar[] = [];
  const visit = (node: Node | null, key: string): void => {
    if (isSeq(node)) for (const item of node.items) visit(item as Node, key);
    else if (isMap(node)) for (const pair of node.items) visit(pair.value as Node, isScalar(pair.key) ? String(pair.key.value) : '');
    else if (isScalar(node)) {
      if (want === 'text' && typeof node.value === 'string' && (key === 'zh' || key === 'en')) found.push(node);
      if (want === 'number' && typeof node.value === 'number' && key === 'value') found.push(node);
    }
  };
  visit(doc.contents as Node, '');
  return { doc, found };
}

function apply(dataDir: string, c: HostileCase): void {
  const edition = editionOf(dataDir);
  const folder =
    c.kind === 'special' || c.kind === 'unknown'
      ? c.where === 'edition'
        ? edition
        : c.where === 'editions'
          ? path.join(dataDir, 'editions')
          : dataDir
      : edition;
  switch (c.kind) {
    case 'control':
    case 'long-word': {
      const file = path.join(edition, c.file);
      if (!isRegular(file)) return;
      const { doc, found } = scalars(file, 'text');
      if (found.length === 0) return;
      const scalar = found[c.text % found.length]!;
      const value = String(scalar.value);
      if (c.kind === 'control') {
        const at = c.at % (value.length + 1);
        scalar.value = value.slice(0, at) + String.fromCodePoint(c.code) + value.slice(at);
      } else {
        const word = c.unit.repeat(Math.ceil(c.length / c.unit.length)).slice(0, c.length);
        scalar.value = c.spaced ? word.replace(/(.{7})/gu, '$1 ').trim() || word : word;
      }
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
      return;
    }
    case 'decimal': {
      // The number changes in the data, in its source phrase and in the document, as an editor would change it.
      const file = path.join(edition, c.file);
      if (!isRegular(file)) return;
      const { found } = scalars(file, 'number');
      if (found.length === 0) return;
      const text = readFileSync(file, 'utf8');
      const scalar = found[c.number % found.length]!;
      const old = text.slice(scalar.range![0], scalar.range![1]);
      writeFileSync(file, text.slice(0, scalar.range![0]) + c.raw + text.slice(scalar.range![1]).split(`${old}`).join(c.raw));
      const source = path.join(edition, 'source.txt');
      if (/\./.test(old) && isRegular(source)) writeFileSync(source, readFileSync(source, 'utf8').split(old).join(c.raw));
      return;
    }
    case 'special': {
      const target = path.join(folder, c.name);
      rmSync(target, { force: true, recursive: true });
      if (c.type === 'fifo') execFileSync('mkfifo', [target]);
      else if (c.type === 'link-folder') symlinkSync(path.join(dataDir, 'editions'), target);
      else if (c.type === 'link-out') symlinkSync('/etc/hostname', target);
      else if (c.type === 'link-device') symlinkSync('/dev/zero', target);
      else if (c.type === 'link-missing') symlinkSync(path.join(dataDir, 'no-such-file'), target);
      else {
        writeFileSync(path.join(dataDir, 'linked.bin'), readFileSync(path.join(editionOf(pristine), 'headline.yaml')));
        symlinkSync(path.join(dataDir, 'linked.bin'), target);
      }
      return;
    }
    case 'unknown': {
      const target = path.join(folder, c.name);
      rmSync(target, { force: true, recursive: true });
      writeFileSync(target, c.binary ? Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]) : 'notes: kept beside the data\n');
    }
  }
}

const uiStrings = new Map(locales.map((locale) => [locale, loadUiStrings(repoRoot, locale, new DiagnosticSink()) as UiStrings]));

/** Every string inside a value. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/**
 * Validation rejects the data (an error), or every stage that reads its texts and numbers before
 * rendering runs through within 2 s: the model, each chart's data, and line breaking.
 */
function rejectsOrModels(dataDir: string): 'rejected' | 'accepted' {
  const started = performance.now();
  const { diagnostics, dataset } = validateDir(dataDir);
  for (const d of diagnostics) {
    expect(d.place.line).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return 'rejected';
  expect(dataset.editions).toHaveLength(1);
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, diagnostics);
  for (const locale of locales) {
    for (const chart of charts) {
      const data = chart.build({ plan, locale, strings: uiStrings.get(locale)!, units: dataset.units!, values: {} });
      for (const row of data.rows)
        for (const value of Object.values(row)) if (typeof value === 'string') expect(value.split('\n').length).toBeLessThanOrEqual(6);
    }
  }
  for (const text of stringsIn(plan)) breakLines(text, 400, (s) => s.length * 6);
  expect(performance.now() - started).toBeLessThan(2000);
  return 'accepted';
}

/** output/ holds exactly what the manifest lists, each with its hash. */
function expectOutputIsManifest(outDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    artifacts: { path: string; sha256: string }[];
  };
  const onDisk = filesUnder(outDir, (file) => sha256(readFileSync(file)));
  expect(Object.keys(onDisk).sort()).toEqual([...manifest.artifacts.map((a) => a.path), 'manifest.json'].sort());
  for (const a of manifest.artifacts) expect(onDisk[a.path]).toBe(a.sha256);
}

function freshCopy(): string {
  const dir = tempDir('hostile-');
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

describe('hostile input: validation rejects, or it builds within bounds', () => {
  it(
    `${runs} generated cases through validation and the model`,
    () => {
      const seen = { rejected: 0, accepted: 0 };
      const kinds = new Map<string, { rejected: number; accepted: number }>();
      fc.assert(
        fc.property(fc.array(hostileCase, { minLength: 1, maxLength: 3 }), (cases) => {
          const dataDir = freshCopy();
          try {
            for (const c of cases) apply(dataDir, c);
            const outcome = rejectsOrModels(dataDir);
            seen[outcome]++;
            const kind = cases.map((c) => c.kind).join('+');
            const counts = kinds.get(kind) ?? { rejected: 0, accepted: 0 };
            counts[outcome]++;
            kinds.set(kind, counts);
          } finally {
            rmSync(dataDir, { recursive: true, force: true });
          }
        }),
        { numRuns: runs, seed },
      );
      // Both outcomes occur: the generators reach past validation, not only into its errors.
      expect(seen.rejected).toBeGreaterThan(0);
      expect(seen.accepted).toBeGreaterThan(0);
      console.log(`hostile property: ${runs} runs, ${seen.rejected} rejected, ${seen.accepted} accepted`);
    },
    Math.max(120_000, runs * 200),
  );

  it(
    `${buildRuns} generated cases through the whole build, some as concurrent builds`,
    async () => {
      // Loading the renderers and parsing the fonts happens once per process, as in a real build
      // (and in its worker threads): not part of any one case's bound.
      await buildReports({
        rootDir: repoRoot,
        dataDir: pristine,
        outDir: tempDir('hostile-warm-'),
        buildDate: new Date('2025-01-15T00:00:00Z'),
        jobs: 1,
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileCase, { minLength: 1, maxLength: 2 }),
          fc.integer({ min: 1, max: 3 }),
          fc.boolean(),
          async (cases, concurrent, wait) => {
            const dataDir = freshCopy();
            const outDir = tempDir('hostile-out-');
            try {
              for (const c of cases) apply(dataDir, c);
              const started = performance.now();
              const results = await Promise.allSettled(
                Array.from({ length: concurrent }, () =>
                  buildReports({ rootDir: repoRoot, dataDir, outDir, buildDate: new Date('2025-01-15T00:00:00Z'), jobs: 1, wait }),
                ),
              );
              const seconds = (performance.now() - started) / 1000;
              const validation = validateDir(dataDir).diagnostics.some((d) => d.severity === 'error');
              for (const r of results) {
                if (r.status === 'rejected') {
                  // Only a second build refused by the lock; never a crash.
                  expect(r.reason).toBeInstanceOf(BuildLockedError);
                  expect(wait).toBe(false);
                } else expect(r.value.ok).toBe(!validation);
              }
              const done = results.filter((r) => r.status === 'fulfilled');
              expect(done.length).toBeGreaterThanOrEqual(1);
              if (!validation) {
                expect(seconds).toBeLessThan(10 * done.length);
                expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
                expectOutputIsManifest(outDir);
              }
            } finally {
              rmSync(dataDir, { recursive: true, force: true });
              rmSync(outDir, { recursive: true, force: true });
            }
          },
        ),
        { numRuns: buildRuns, seed },
      );
    },
    Math.max(180_000, buildRuns * 30_000),
  );
});
