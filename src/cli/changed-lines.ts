/**
 * The lines a change touched, from git: for each file under a folder, the line numbers (in the
 * working tree) that differ from a base commit. A pull request is annotated on these lines only;
 * everything else goes to the job summary.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Files (relative to the repository root, forward slashes) → the changed line numbers; a new file has all its lines. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

// git's own messages are kept, not passed to our stderr: they echo the base as given (a newline and
// `::error::` in it would be a workflow command in a CI log); the caller says what went wrong.
const git = (rootDir: string, args: readonly string[]) =>
  execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: rootDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** `@@ -12,3 +14,5 @@` → the new side's lines 14–18 (none for a pure deletion: `+14,0`). */
export function hunkLines(patch: string): Set<number> {
  const lines = new Set<number>();
  for (const [, start, count] of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const first = Number(start);
    const n = count === undefined ? 1 : Number(count);
    for (let line = first; line < first + n; line++) lines.add(line);
  }
  return lines;
}

/**
 * The lines under `folder` (a path inside rootDir) that differ between `base` and the working tree,
 * untracked files included. Throws when git cannot answer (not a repository, an unknown base).
 */
export function changedLines(rootDir: string, base: string, folder: string): ChangedLines {
  const where = path.relative(rootDir, folder) || '.';
  const changed = new Map<string, ReadonlySet<number> | 'all'>();
  // The base as a commit id, so that a value such as "-p" or "-O<file>" is never read by git as an option.
  const commit = git(rootDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`]).trim();
  // File by file, with -z names: no parsing of quoted names in a patch's headers.
  const names = git(rootDir, ['diff', '-z', '--no-renames', '--name-status', commit, '--', where]).split('\0').filter(Boolean);
  for (let i = 0; i + 1 < names.length; i += 2) {
    const [status, name] = [names[i]!, names[i + 1]!];
    // Added or deleted: every finding in it is the change's (a deleted file is reported missing at its name).
    if (status !== 'M') {
      changed.set(name, 'all');
      continue;
    }
    const patch = git(rootDir, ['diff', '--no-ext-diff', '--no-renames', '-U0', commit, '--', name]);
    changed.set(name, hunkLines(patch));
  }
  for (const name of git(rootDir, ['ls-files', '-z', '--others', '--exclude-standard', '--', where]).split('\0').filter(Boolean)) {
    changed.set(name, 'all');
  }
  return changed;
}

/** Whether a finding at file:line is on a changed line (a finding at line 1 of a changed file that has no lines, e.g. an empty file, counts). */
export function onChangedLine(changed: ChangedLines, file: string, line: number): boolean {
  const lines = changed.get(file);
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  return lines.has(line) || (lines.size === 0 && line === 1);
}
