import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { seriesInputFiles } from '../dataset/series.js';
import { folderLeavesData, pathKind } from '../load/file-kind.js';
import { processRuns } from './lock.js';
import { checkArtifact, readManifest, resolvesInside, type Manifest, type ManifestEntry } from './manifest.js';

/**
 * Incremental builds. Every edition's outputs depend on: its own folder, the shared data
 * (units, glossary, validation), the metadata and headline files of every edition (its series),
 * the templates, the program (src/, and scripts/, which bundles it and stands in for vega-canvas),
 * the installed packages (package-lock.json, which pins the fonts too), the Node version and its
 * ICU (number formats come from ICU), and SOURCE_DATE_EPOCH when set. Their hash is recorded in
 * the manifest; a build whose inputs hash the same, and whose outputs are still there unchanged,
 * renders nothing. This module is light on purpose: it runs before anything heavy loads.
 */

export type { Manifest, ManifestEntry } from './manifest.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? filesUnder(full) : [full];
    })
    .sort();
}

// Larger files are no data file (validation refuses them): their size and time stand for their bytes.
const maxHashedBytes = 32 * 1024 * 1024;

/**
 * Hashes files by name and bytes. Only regular files are read (a FIFO would hang the build, a
 * device never end, a link to a folder fail): anything else is hashed by name and kind, and
 * validation reports it.
 */
function hashFiles(hash: ReturnType<typeof createHash>, root: string, files: readonly string[], within = root): void {
  for (const file of files) {
    hash.update(path.relative(root, file).split(path.sep).join('/'));
    hash.update('\0');
    const kind = pathKind(file, within);
    if (kind.kind !== 'file') hash.update(`<${kind.kind}>`);
    else if (kind.size > maxHashedBytes) hash.update(`<large ${kind.size} ${statSync(file).mtimeMs}>`);
    else hash.update(readFileSync(file));
    hash.update('\0');
  }
}

export interface HashInputs {
  readonly rootDir: string;
  readonly dataDir: string;
  /** SOURCE_DATE_EPOCH, when the build date is fixed; otherwise the date is not an input. */
  readonly sourceDateEpoch?: string;
  /** PNG charts are made (they are outputs only when asked for). */
  readonly chartImages?: boolean;
  /** The runtime: default this process's Node and ICU versions. */
  readonly runtimeVersion?: string;
}

/** Node and ICU versions: formatting (Intl) and the code that runs can differ between them. */
const currentRuntimeVersion = (): string => `node ${process.versions.node}; icu ${process.versions.icu ?? 'none'}`;

/** Hash of what every edition shares: shared data, templates, program, packages, fixed date. */
export function sharedInputHash(inputs: HashInputs): string {
  const hash = createHash('sha256');
  const { rootDir, dataDir } = inputs;
  hashFiles(
    hash,
    dataDir,
    ['units.yaml', 'glossary.yaml', 'validation.yaml'].map((f) => path.join(dataDir, f)).filter((f) => existsSync(f)),
  );
  // Everything else under data/ but the edition folders (each edition's hash has its own): a link
  // out of data/ put into data/attachments/, or a stray entry of data/ or editions/, is validated
  // (and refused) by the next build, not passed over as "up to date".
  const editionsDir = path.join(dataDir, 'editions');
  const inEdition = (file: string) => {
    const relative = path.relative(editionsDir, file);
    return !relative.startsWith('..') && !path.isAbsolute(relative) && relative.includes(path.sep);
  };
  hash.update('\0others\0');
  hashFiles(
    hash,
    dataDir,
    filesUnder(dataDir).filter(
      (f) => !inEdition(f) && !['units.yaml', 'glossary.yaml', 'validation.yaml'].includes(path.relative(dataDir, f)),
    ),
  );
  hashFiles(hash, rootDir, filesUnder(path.join(rootDir, 'templates')));
  hashFiles(hash, rootDir, filesUnder(path.join(rootDir, 'src')));
  hashFiles(hash, rootDir, filesUnder(path.join(rootDir, 'scripts')));
  hashFiles(
    hash,
    rootDir,
    [path.join(rootDir, 'package-lock.json')].filter((f) => existsSync(f)),
  );
  hash.update(`date:${inputs.sourceDateEpoch ?? ''}`);
  if (inputs.chartImages) hash.update('\0outputs:png');
  hash.update(`\0runtime:${inputs.runtimeVersion ?? currentRuntimeVersion()}`);
  return hash.digest('hex');
}

/**
 * Hash of one edition's inputs: its folder, the shared hash, and the files its series is read from
 * (seriesInputFiles) in the folders of the earlier editions of its series (`members`).
 */
function editionInputHash(dataDir: string, folder: string, shared: string, members: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(shared);
  const dir = path.join(dataDir, 'editions', folder);
  hashFiles(hash, dir, filesUnder(dir), dataDir);
  for (const member of members) {
    hash.update(`\0series:${member}\0`);
    hashFiles(
      hash,
      dataDir,
      seriesInputFiles.map((file) => path.join(dataDir, 'editions', member, file)),
    );
  }
  return hash.digest('hex');
}

/**
 * Hash of each edition folder's metadata (edition.yaml), which says which editions follow which: a
 * changed or new one may link an edition into another's series.
 */
function seriesLinks(dataDir: string, folders: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    folders.map((folder) => {
      const hash = createHash('sha256');
      hashFiles(hash, dataDir, [path.join(dataDir, 'editions', folder, seriesInputFiles[0])]);
      return [folder, hash.digest('hex')];
    }),
  );
}

/**
 * Whether an edition's recorded outputs are current: same input hash, and every artifact still
 * on disk with its recorded size and sha256 (so a damaged or deleted file is rebuilt).
 */
function editionIsCurrent(
  outDir: string,
  manifest: Manifest | undefined,
  folder: string,
  sourceHash: string,
  links: Readonly<Record<string, string>>,
): boolean {
  if (!manifest || manifest.editions[folder]?.sourceHash !== sourceHash) return false;
  // The series it was built with is in its hash; any other folder whose metadata is new or changed
  // may now be an earlier edition of its series (one removed cannot: it was not in the series).
  const members = manifest.editions[folder]?.series ?? [];
  if (Object.entries(links).some(([other, hash]) => other !== folder && !members.includes(other) && manifest.links?.[other] !== hash))
    return false;
  const artifacts = manifest.artifacts.filter((a) => a.edition === folder);
  if (artifacts.length === 0) return false;
  return artifacts.every((a) => checkArtifact(outDir, a) === 'same');
}

// Temporary files are named .<file>.<pid>.<random>.tmp (write/atomic.ts).
const tempName = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;
// A temporary file whose writer cannot be told is left alone this long.
const unknownTempAgeMs = 60 * 60 * 1000;

/**
 * Removes temporary files that killed builds left behind (writes are temp file + rename): only
 * those whose process no longer runs, never another running build's.
 */
export function removeStaleTempFiles(outDir: string): number {
  let removed = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.startsWith('.') && entry.name.endsWith('.tmp')) {
        const pid = tempName.exec(entry.name)?.[1];
        const abandoned = pid !== undefined ? !processRuns(Number(pid)) : Date.now() - statSync(full).mtimeMs > unknownTempAgeMs;
        if (!abandoned) continue;
        rmSync(full, { force: true });
        removed++;
      }
    }
  };
  walk(outDir);
  return removed;
}

/**
 * Removes the files the previous manifest listed that the new one does not (outputs of removed
 * editions), and the folders this empties. Only paths inside the output folder are touched.
 */
export function removeUnlisted(outDir: string, previous: Manifest | undefined, now: readonly ManifestEntry[]): string[] {
  if (!previous) return [];
  const kept = new Set(now.map((a) => a.path));
  const removed: string[] = [];
  const root = path.resolve(outDir);
  for (const artifact of previous.artifacts) {
    if (kept.has(artifact.path)) continue;
    const file = path.resolve(root, artifact.path);
    // Only files inside the output folder, reached through no link out of it, are ever removed.
    if (!file.startsWith(root + path.sep) || !resolvesInside(root, file)) continue;
    rmSync(file, { force: true });
    removed.push(artifact.path);
    // Empty folders up to the output folder go too.
    for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      try {
        if (readdirSync(dir).length > 0) break;
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
  return removed;
}

/** What a build is asked to do, as far as choosing and skipping editions goes. */
export interface BuildSelection {
  readonly rootDir: string;
  readonly dataDir: string;
  readonly outDir: string;
  /** SOURCE_DATE_EPOCH as given, part of the inputs' hash. */
  readonly sourceDateEpoch?: string;
  /** Also write each chart as a PNG (--png); part of the inputs' hash, as it changes what is written. */
  readonly chartImages?: boolean;
  /** Build only these editions (folder names); every edition is still validated. */
  readonly editions?: readonly string[];
  /** Build shard k of n (1-based): a deterministic share of the editions, for several machines. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Rebuild even what is up to date. */
  readonly force?: boolean;
}

/** The editions a build is responsible for: all, those named, or one shard, in a stable order. */
export function selectEditions(all: readonly string[], options: Pick<BuildSelection, 'editions' | 'shard'>): string[] {
  const sorted = [...all].sort();
  const named = options.editions ? sorted.filter((e) => options.editions!.includes(e)) : sorted;
  const shard = options.shard;
  return shard ? named.filter((_, i) => i % shard.count === shard.index - 1) : named;
}

/** Name of the manifest: one per shard when sharded, merged afterwards (npm run merge-manifests). */
export function manifestName(shard: BuildSelection['shard']): string {
  return shard ? `manifest-shard-${shard.index}-of-${shard.count}.json` : 'manifest.json';
}

function editionFolders(dataDir: string): string[] {
  const dir = path.join(dataDir, 'editions');
  if (!existsSync(dir)) return [];
  // A link out of data/ is no editions to skip as current: the build validates, and refuses it.
  if (folderLeavesData(dir, dataDir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Which editions are stale, from input hashes and the last manifest. Reads files; loads nothing heavy. */
export function planBuild(options: BuildSelection) {
  const all = editionFolders(options.dataDir);
  const selected = selectEditions(all, options);
  const shared = sharedInputHash({
    rootDir: options.rootDir,
    dataDir: options.dataDir,
    sourceDateEpoch: options.sourceDateEpoch,
    chartImages: options.chartImages === true,
  });
  const manifestFile = manifestName(options.shard);
  const previous = readManifest(options.outDir, manifestFile);
  const links = seriesLinks(options.dataDir, all);
  /** An edition's input hash with the given earlier editions of its series (the build's, once it knows them). */
  const inputHash = (folder: string, members: readonly string[]) => editionInputHash(options.dataDir, folder, shared, members);
  // Whether outputs are current is judged with the series they were built with.
  const hashes = new Map(selected.map((folder) => [folder, inputHash(folder, previous?.editions[folder]?.series ?? [])]));
  const stale = selected.filter(
    (folder) => options.force === true || !editionIsCurrent(options.outDir, previous, folder, hashes.get(folder)!, links),
  );
  const upToDate = selected.filter((folder) => !stale.includes(folder));
  // Nothing to do when every selected edition is current and the manifest names no removed edition.
  // (No editions at all is never "nothing to do": the build reports it.)
  const nothingToDo =
    all.length > 0 && stale.length === 0 && previous !== undefined && Object.keys(previous.editions).every((e) => all.includes(e));
  return { selected, hashes, inputHash, links, manifestFile, previous, stale, upToDate, nothingToDo };
}
