/**
 * The build command's options and how they select editions: shared by the build (build.ts) and
 * the up-to-date check that runs before the program loads (up-to-date.ts). Light on purpose.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { sourceDateEpoch } from '../build/build-date.js';
import type { BuildSelection } from '../build/incremental.js';
import { oneLine } from '../diagnostics/escape.js';
import { folderLeavesData } from '../load/file-kind.js';
import { didYouMean, isWholeNumber, UsageError, wholeNumber, type CommandSpec, type ParsedValues } from './args.js';

export const spec: CommandSpec = {
  invocation: 'npm run build-reports --',
  summary:
    'Validates every edition under data/editions/, then writes the briefs (PDF), workbooks (XLSX), charts and plan.json\n' +
    'of each edition whose inputs changed since the last build, and output/manifest.json last. A build stopped by an\n' +
    'error writes nothing: previous outputs stay as they were.',
  options: {
    edition: {
      type: 'string',
      multiple: true,
      value: '<folder>',
      description: 'build only this edition (a folder under data/editions/; repeat for several); all are still validated',
    },
    shard: {
      type: 'string',
      value: '<k/n>',
      description: 'build share k of n of the editions (several machines; then npm run merge-manifests)',
      check: shardProblem,
    },
    force: { type: 'boolean', description: 'rebuild everything, also what is up to date' },
    png: { type: 'boolean', description: 'also write each chart as a PNG with its title and source line (charts/<locale>/<chart>.png)' },
    strict: { type: 'boolean', description: 'warnings fail the build too (also when the outputs are up to date)' },
    jobs: {
      type: 'string',
      value: '<N>',
      description: 'render with N worker threads (default: one per core; 1 renders in this process)',
      check: wholeNumber(1),
    },
    wait: { type: 'boolean', description: 'if another build is writing the same output folder, wait for it instead of stopping' },
    data: { type: 'string', value: '<dir>', description: 'the data folder (default: data)' },
    out: { type: 'string', value: '<dir>', description: 'the output folder (default: output)' },
    lang: {
      type: 'string',
      value: '<language>',
      choices: ['en', 'zh-CN'],
      description: 'language of the messages (default: from the system locale)',
    },
  },
  examples: [
    'npm run build-reports                                   # every edition, only what changed',
    'npm run build-reports -- --edition binjiang-2025        # one edition',
    'npm run build-reports -- --strict --lang zh-CN          # warnings fail; messages in Chinese',
    'npm run build-reports -- --force --jobs 1 --out /tmp/o  # rebuild all in one thread, elsewhere',
    'npm run build-reports -- --shard 2/4                    # the second of four machines',
  ],
  notes: [
    'Each finished edition prints one line with its folder; the last line names the output folder.',
    'Exit codes: 0 built or up to date; 1 the data has errors (or warnings, with --strict; notes never fail); 2 a usage or\n' +
      'file-system error; 3 another build holds the output folder (wait for it, or pass --wait).',
  ],
};

function shardProblem(text: string): string | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (match && (!isWholeNumber(match[1]!) || !isWholeNumber(match[2]!)))
    return `takes k/n with whole numbers up to ${Number.MAX_SAFE_INTEGER} (larger ones cannot be counted exactly), for example --shard 2/4`;
  return match && count >= 1 && index >= 1 && index <= count ? undefined : 'takes k/n with 1 ≤ k ≤ n, for example --shard 2/4';
}

/**
 * A UsageError unless `dataDir` is a data folder: a file given to --data (a YAML file of the data,
 * say) said "no data folder" or, in validate, that every file of an edition was missing; a folder
 * with neither units.yaml nor editions/ (--data /) was read, or watched by the preview, whole.
 */
export function requireDataFolder(dataDir: string): void {
  if (!existsSync(dataDir)) throw new UsageError(`no data folder at ${oneLine(dataDir)} (choose one with --data)`);
  if (!statSync(dataDir).isDirectory())
    throw new UsageError(
      `--data ${oneLine(dataDir)} is a file, not a folder: give --data the folder that holds editions/ and units.yaml (the default is data), not one of its files`,
    );
  // A folder with neither is no data folder (--data / or --data ~): read or watched, it would be the whole disk.
  if (!existsSync(path.join(dataDir, 'units.yaml')) && !existsSync(path.join(dataDir, 'editions')))
    throw new UsageError(
      `--data ${oneLine(dataDir)} is not a data folder: it holds neither units.yaml nor editions/. Give --data the folder that holds them (the default is data)`,
    );
}

/** The edition folders under dataDir, checked for existence first (a clear error, not "Built 0 editions"). */
export function editionFolders(dataDir: string): string[] {
  const editionsDir = path.join(dataDir, 'editions');
  requireDataFolder(dataDir);
  // No editions folder is a data error the build reports (plan:file-missing), like an empty one.
  if (!existsSync(editionsDir)) return [];
  // A link out of data/ holds no editions (validation reports it).
  if (folderLeavesData(editionsDir, dataDir)) return [];
  return readdirSync(editionsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Shows `dir` as the user would type it: relative to the current folder (`cwd`) when inside it. */
export function shown(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  return oneLine(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `${relative}${path.sep}` : `${dir}${path.sep}`);
}

/** The editions and folders the options select; a UsageError for an edition that does not exist. */
/** Whether `inner` is `outer` or a folder inside it. */
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

/** A path with every link of its longest existing part resolved (the rest, not yet made, as written). */
function realPathOf(target: string): string {
  let existing = target;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(realpathSync(existing), path.relative(existing, target));
  } catch {
    return target;
  }
}

/**
 * The first part of `target` that is a loop of symbolic links (a link that leads back to itself,
 * ELOOP), or undefined. Every later step would fail on it with a message about some file inside
 * (reading manifest.json, taking the lock), not about the folder given.
 */
export function linkLoopOn(target: string): string | undefined {
  const parts = path
    .resolve(target)
    .split(path.sep)
    .filter((p) => p !== '');
  let prefix = path.parse(path.resolve(target)).root;
  for (const part of parts) {
    prefix = path.join(prefix, part);
    try {
      statSync(prefix);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return prefix;
      return undefined; // missing (made later) or not a folder: told where it matters
    }
  }
  return undefined;
}

/** A UsageError when the folder an option names passes through a loop of symbolic links. */
export function requireNoLinkLoop(dir: string, option: string, given: string | undefined, rootDir: string): void {
  const loop = linkLoopOn(dir);
  if (loop === undefined) return;
  const named =
    given === undefined
      ? `The ${option === '--out' ? 'output' : 'data'} folder ${shown(dir, rootDir)} (the default)`
      : `${option} ${oneLine(given)}`;
  throw new UsageError(
    `${named} ${loop === path.resolve(dir) ? 'is' : `passes through ${oneLine(loop)},`} a symbolic link that leads back to itself (a loop of links, ELOOP): nothing can be read or written there. Remove or repoint the link, or choose another folder with ${option} <dir>.`,
  );
}

export function buildSelection(values: ParsedValues, rootDir: string, env: NodeJS.ProcessEnv): BuildSelection {
  const epoch = sourceDateEpoch(env);
  const dataDir = path.resolve(rootDir, (values.data as string | undefined) ?? 'data');
  const outDir = path.resolve(rootDir, (values.out as string | undefined) ?? 'output');
  requireNoLinkLoop(outDir, '--out', values.out as string | undefined, rootDir);
  requireNoLinkLoop(dataDir, '--data', values.data as string | undefined, rootDir);
  requireDataFolder(dataDir);
  // The outputs are written, and outputs no longer listed removed, inside the output folder: one
  // that is the data folder, inside it or around it mixed the reports into the data (and a manifest
  // there named the data's files as outputs to remove).
  const [data, out] = [realPathOf(dataDir), realPathOf(outDir)];
  if (within(out, data) || within(data, out))
    throw new UsageError(
      `${values.out === undefined ? `The output folder ${shown(outDir, rootDir)} (the default)` : `--out ${oneLine(values.out as string)}`} overlaps the data folder ${shown(dataDir, rootDir)}; write the outputs to a folder outside it (--out <dir>; the default is output/).`,
    );
  const wanted = (values.edition as string[] | undefined) ?? [];
  const all = editionFolders(dataDir);
  for (const edition of wanted) {
    if (all.includes(edition)) continue;
    const guess = didYouMean(edition, all);
    throw new UsageError(
      `unknown edition "${oneLine(edition)}".${guess ? ` Did you mean "${oneLine(guess)}"?` : ''} Editions in ${shown(path.join(dataDir, 'editions'), rootDir)}: ${all.map(oneLine).join(', ') || 'none'}`,
    );
  }
  const shardText = values.shard as string | undefined;
  const shard = shardText ? { index: Number(shardText.split('/')[0]), count: Number(shardText.split('/')[1]) } : undefined;
  return {
    rootDir,
    dataDir,
    outDir,
    force: values.force === true,
    ...(values.png === true ? { chartImages: true } : {}),
    ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    ...(wanted.length > 0 ? { editions: wanted } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** What a build with nothing to do says. */
export function upToDateLine(outDir: string, started: number, cwd: string): string {
  return `Up to date: nothing changed since the last build (${Math.round(performance.now() - started)} ms). Use --force to rebuild. Outputs: ${shown(outDir, cwd)}`;
}
