/**
 * npm run merge-manifests [-- --out <dir>]: after a sharded build (npm run build-reports -- --shard
 * k/n on several machines, their output folders copied into one), merges the shard manifests into
 * output/manifest.json, checking that every listed artifact is there with its sha256.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestEntry } from '../write/incremental.js';
import { writeFileAtomic } from '../write/atomic.js';
import { guardCommands, oneLine } from '../diagnostics/escape.js';

/** Runs the command; scripts/run.mjs calls this with process.argv set. */
export async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outDir = path.resolve(process.cwd(), args.includes('--out') ? args[args.indexOf('--out') + 1]! : 'output');
  const shards = readdirSync(outDir).filter((f) => /^manifest-shard-\d+-of-\d+\.json$/.test(f)).sort();
  if (shards.length === 0) {
    process.stderr.write(`No shard manifests (manifest-shard-k-of-n.json) in ${outDir}\n`);
    process.exit(1);
  }
  const artifacts: ManifestEntry[] = [];
  const editions: Record<string, { sourceHash: string }> = {};
  let buildDate = '';
  let problems = 0;
  for (const file of shards) {
    const manifest = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as Manifest;
    buildDate = manifest.buildDate;
    Object.assign(editions, manifest.editions);
    for (const artifact of manifest.artifacts) {
      try {
        const sha = createHash('sha256').update(readFileSync(path.join(outDir, artifact.path))).digest('hex');
        if (sha !== artifact.sha256) throw new Error('sha256 differs');
        artifacts.push(artifact);
      } catch (error) {
        problems++;
        process.stderr.write(`${guardCommands(`${file}: ${oneLine(artifact.path)}: ${error instanceof Error ? error.message : String(error)}`)}\n`);
      }
    }
  }
  artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  writeFileAtomic(path.join(outDir, 'manifest.json'), `${JSON.stringify({ buildDate, editions, artifacts }, null, 2)}\n`);
  process.stdout.write(`Merged ${shards.length} shard manifest(s): ${Object.keys(editions).length} edition(s), ${artifacts.length} artifact(s), ${problems} problem(s).\n`);
  process.exitCode = problems > 0 ? 1 : 0;
}
