/**
 * npm run merge-manifests [-- --out <dir>]: after a sharded build (npm run build-reports -- --shard
 * k/n on several machines, their output folders copied into one), merges the shard manifests into
 * output/manifest.json, checking that every listed artifact is there with its sha256.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkArtifact, readRequiredManifest, type ManifestEdition, type ManifestEntry } from '../build/manifest.js';
import { writeFileAtomic } from '../build/atomic.js';
import { UsageError } from './args.js';
import { requireNoLinkLoop } from './build-spec.js';
import { processInvocation, runCommand, type Invocation } from './command.js';
import { mergeManifestsSpec as spec } from './specs.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';

export { mergeManifestsSpec as spec } from './specs.js';

/** Runs the command with the process's arguments, or with those of `invocation`; returns the exit code. */
export function main(invocation: Invocation = processInvocation()): Promise<number> {
  return runCommand(
    spec,
    (values, io, { cwd }) => {
      const outDir = path.resolve(cwd, (values.out as string | undefined) ?? 'output');
      requireNoLinkLoop(outDir, '--out', values.out as string | undefined, cwd);
      if (!existsSync(outDir)) throw new UsageError(`no output folder at ${oneLine(outDir)} (choose one with --out)`);
      const shards = readdirSync(outDir)
        .filter((f) => /^manifest-shard-\d+-of-\d+\.json$/.test(f))
        .sort();
      if (shards.length === 0)
        throw new UsageError(
          `no shard manifests (manifest-shard-k-of-n.json) in ${oneLine(outDir)}: copy the shards' output folders into it first`,
        );
      // Every shard manifest is read and checked before any file it lists is opened (manifests are input: build/manifest.ts).
      const manifests = shards.map((file) => ({ file, manifest: readRequiredManifest(outDir, file) }));
      const artifacts: ManifestEntry[] = [];
      const editions: Record<string, ManifestEdition> = {};
      const links: Record<string, string> = {};
      let buildDate = '';
      let problems = 0;
      const seen = new Set<string>();
      for (const { file, manifest } of manifests) {
        buildDate = manifest.buildDate;
        Object.assign(editions, manifest.editions);
        Object.assign(links, manifest.links ?? {});
        for (const artifact of manifest.artifacts) {
          // A file listed twice (in one shard or in two) is one file: the second listing is a problem, not a second entry.
          if (seen.has(artifact.path)) {
            problems++;
            io.err(`${guardCommands(`${oneLine(file)}: ${oneLine(artifact.path)}: listed more than once`)}\n`);
            continue;
          }
          seen.add(artifact.path);
          const found = checkArtifact(outDir, artifact);
          if (found === 'same') {
            artifacts.push(artifact);
            continue;
          }
          problems++;
          const reason = found === 'missing' ? 'missing' : found === 'differs' ? 'size or sha256 differs' : `refused: ${found.refused}`;
          io.err(`${guardCommands(`${oneLine(file)}: ${oneLine(artifact.path)}: ${reason}`)}\n`);
        }
      }
      artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      writeFileAtomic(path.join(outDir, 'manifest.json'), `${JSON.stringify({ buildDate, editions, links, artifacts }, null, 2)}\n`);
      io.out(
        `Merged ${shards.length} shard manifest(s): ${Object.keys(editions).length} edition(s), ${artifacts.length} artifact(s), ${problems} problem(s). Outputs: ${oneLine(outDir)}${path.sep}\n`,
      );
      return problems > 0 ? 1 : 0;
    },
    invocation,
  );
}
