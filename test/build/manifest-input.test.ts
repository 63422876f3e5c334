/**
 * Manifests are input (issue 28): every path a manifest lists must lie inside its output folder,
 * under its edition's folder, be a regular file and have a bounded size; otherwise the build and
 * merge-manifests stop with a clear error, and nothing the manifest lists is read, kept or merged.
 */
import { spawnSync } from 'node:child_process';
import { runCommand } from '../run-command.js';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/build/atomic.js';
import { maxManifestBytes } from '../../src/build/manifest.js';
import { planBuild } from '../../src/build/incremental.js';
import { InputError } from '../../src/diagnostics/input-error.js';
import { buildReports } from '../../src/build/pipeline.js';
import { makeDataDir, minimalEditionDir, repoRoot, snapshot, tempDir } from '../helpers.js';

const buildDate = new Date('2025-01-15T00:00:00Z');
const edition = path.basename(minimalEditionDir);

type Entry = { path: string; edition: string; sha256: string; size: number; sourceHash: string };
type ManifestJson = { buildDate: string; editions: Record<string, { sourceHash: string }>; artifacts: Entry[] };

let dataDir: string;
let built: string;

beforeAll(async () => {
  dataDir = makeDataDir([minimalEditionDir]);
  built = tempDir('manifest-built-');
  const result = await buildReports({ rootDir: repoRoot, dataDir, outDir: built, buildDate, jobs: 1 });
  expect(result.ok).toBe(true);
}, 120_000);

/** A copy of the built output folder whose manifest (named `name`) is changed by `change`. */
function withManifest(change: (m: ManifestJson, outDir: string) => void, name = 'manifest.json'): string {
  const outDir = tempDir('manifest-case-');
  cpSync(built, outDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8')) as ManifestJson;
  change(manifest, outDir);
  if (name !== 'manifest.json') renameSync(path.join(outDir, 'manifest.json'), path.join(outDir, name));
  writeFileSync(path.join(outDir, name), JSON.stringify(manifest));
  return outDir;
}

const outside = () => {
  const file = path.join(tempDir('manifest-outside-'), 'hostname');
  writeFileSync(file, 'a secret outside the output folder\n');
  return file;
};
const entryFor = (file: string, p: string, sourceHash: string): Entry => {
  const bytes = readFileSync(file);
  return { path: p, edition, sha256: sha256(bytes), size: bytes.length, sourceHash };
};

describe('the build reads its manifest as input', () => {
  it('refuses an entry that leaves the output folder, with the right hash, and reads nothing it lists', () => {
    const secret = outside();
    for (const hostile of [
      (outDir: string) => path.relative(outDir, secret),
      () => secret,
      (outDir: string) => `${edition}/../${path.relative(outDir, secret)}`,
    ]) {
      let target = '';
      const outDir = withManifest((m, dir) => {
        target = hostile(dir);
        m.artifacts.push({ ...entryFor(secret, target, m.editions[edition]!.sourceHash), edition });
      });
      const plan = () => planBuild({ rootDir: repoRoot, dataDir, outDir });
      expect(plan, target).toThrow(InputError);
      expect(plan).toThrow(
        /manifest\.json is not a manifest this tool wrote: artifact \d+'s path ".*" (is absolute|holds an empty|lies outside)/,
      );
    }
  });

  it('refuses /dev/zero and a size beyond the bound without reading them', () => {
    for (const [p, size] of [
      ['../../../../dev/zero', 0],
      [`${edition}/en/brief.pdf`, 8 * 1024 * 1024 * 1024],
    ] as const) {
      const outDir = withManifest((m) => {
        m.artifacts.push({ path: p, edition, sha256: '0'.repeat(64), size, sourceHash: m.editions[edition]!.sourceHash });
      });
      expect(() => planBuild({ rootDir: repoRoot, dataDir, outDir }), p).toThrow(InputError);
    }
  });

  it('refuses a manifest nested deeper than a manifest is, or denser in values than one, before parsing it (66 MB of [ took 5.4 GB)', () => {
    for (const [text, problem] of [
      [`{"artifacts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /nests lists or objects more than 8 deep \(at line 1, column 21\)/],
      [`{"artifacts":[${'{},'.repeat(100_000)}{}]}`, /holds more values than a manifest of its size/],
    ] as const) {
      const outDir = withManifest(() => {});
      writeFileSync(path.join(outDir, 'manifest.json'), text);
      expect(() => planBuild({ rootDir: repoRoot, dataDir, outDir })).toThrow(problem);
      expect(() => planBuild({ rootDir: repoRoot, dataDir, outDir })).toThrow(/manifest\.json is not a manifest this tool wrote/);
    }
  });

  it('refuses a manifest larger than any this tool writes (16 MiB: 1,000 editions of 16 KB) unread', () => {
    expect(maxManifestBytes).toBeLessThanOrEqual(16 * 1024 * 1024);
    const outDir = withManifest(() => {});
    const manifest = readFileSync(path.join(outDir, 'manifest.json'), 'utf8');
    // Valid JSON of a manifest's shape, padded with spaces just past the bound.
    writeFileSync(path.join(outDir, 'manifest.json'), manifest + ' '.repeat(maxManifestBytes + 1 - manifest.length));
    expect(() => planBuild({ rootDir: repoRoot, dataDir, outDir })).toThrow(`is larger than ${maxManifestBytes} bytes`);
  });

  it('refuses a manifest that is a folder, a link or a FIFO-like non-file, and an artifact reached through a link out', async () => {
    const folder = tempDir('manifest-folder-');
    cpSync(built, folder, { recursive: true });
    const moved = path.join(folder, 'manifest.moved');
    renameSync(path.join(folder, 'manifest.json'), moved);
    symlinkSync(moved, path.join(folder, 'manifest.json'));
    expect(() => planBuild({ rootDir: repoRoot, dataDir, outDir: folder })).toThrow(/symbolic link/);

    // The edition's folder in output/ a link to a copy of it elsewhere: not read as current, and
    // a build rebuilds it without deleting anything out there.
    const linked = tempDir('manifest-linked-');
    cpSync(built, linked, { recursive: true });
    const away = tempDir('manifest-away-');
    cpSync(path.join(linked, edition), path.join(away, edition), { recursive: true });
    const before = snapshot(away);
    spawnSync('rm', ['-rf', path.join(linked, edition)]);
    symlinkSync(path.join(away, edition), path.join(linked, edition));
    expect(planBuild({ rootDir: repoRoot, dataDir, outDir: linked }).stale).toEqual([edition]);
    expect(snapshot(away)).toEqual(before);
  });

  it('the build command prints the error in one line and exits 2, writing nothing', async () => {
    const secret = outside();
    const outDir = withManifest((m, dir) => {
      m.artifacts.push(entryFor(secret, `${edition}/../${path.relative(dir, secret)}\n::error::forged`, m.editions[edition]!.sourceHash));
    });
    const before = snapshot(outDir);
    const result = await runCommand(['build', '--data', dataDir, '--out', outDir, '--force']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('is not a manifest this tool wrote');
    expect(result.stderr).toContain('\\n::error::forged');
    expect(result.stderr).not.toMatch(/^\s*::/m);
    expect(result.stderr).not.toContain('bug in the tool');
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('merge-manifests reads shard manifests as input', () => {
  const merge = (outDir: string) => runCommand(['merge-manifests', '--out', outDir]);

  it('refuses a path to a file outside with its right hash, merging nothing', async () => {
    const secret = outside();
    const outDir = withManifest((m) => {
      m.artifacts.push(entryFor(secret, secret, m.editions[edition]!.sourceHash));
    }, 'manifest-shard-1-of-1.json');
    const result = await merge(outDir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('manifest-shard-1-of-1.json is not a manifest this tool wrote');
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });

  it('refuses /dev/zero in a shard manifest without reading it', async () => {
    const outDir = withManifest((m) => {
      m.artifacts.push({
        path: '../../../../dev/zero',
        edition,
        sha256: '0'.repeat(64),
        size: 0,
        sourceHash: m.editions[edition]!.sourceHash,
      });
    }, 'manifest-shard-1-of-1.json');
    const result = await merge(outDir);
    expect(result.code, result.stderr).toBe(2);
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });

  it('merges a file listed twice once, and reports the second listing as a problem (adversarial pass 10)', async () => {
    const outDir = withManifest((m) => {
      m.artifacts.push({ ...m.artifacts[0]! });
    }, 'manifest-shard-1-of-1.json');
    const listed = (JSON.parse(readFileSync(path.join(outDir, 'manifest-shard-1-of-1.json'), 'utf8')) as { artifacts: unknown[] }).artifacts
      .length;
    const result = await merge(outDir);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('listed more than once');
    const merged = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { artifacts: { path: string }[] };
    expect(merged.artifacts.length).toBe(listed - 1);
    expect(new Set(merged.artifacts.map((a) => a.path)).size).toBe(merged.artifacts.length);
  });

  it('refuses a shard manifest nested 100,000 deep, naming it, merging nothing', async () => {
    const outDir = withManifest(() => {}, 'manifest-shard-1-of-1.json');
    writeFileSync(path.join(outDir, 'manifest-shard-1-of-1.json'), `{"artifacts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const result = await merge(outDir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(
      /manifest-shard-1-of-1\.json is not a manifest this tool wrote: it nests lists or objects more than 8 deep/,
    );
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });

  it('refuses a shard manifest that is a folder', async () => {
    const outDir = tempDir('manifest-shard-folder-');
    mkdirSync(path.join(outDir, 'manifest-shard-1-of-1.json'));
    const result = await merge(outDir);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('is a folder where a file belongs');
    expect(result.stderr).not.toContain('bug in the tool');
  });
});
