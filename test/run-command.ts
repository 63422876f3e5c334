/**
 * Runs a command the way scripts/run.mjs does, but in the test's own process: first the answers
 * given before the program loads (src/cli/before-loading.ts: --help, --version, usage mistakes, an
 * up-to-date build), then the command's main() with the given arguments, environment and folder,
 * its output collected. A build costs about 3 s of CPU in a new process, most of it starting Node,
 * compiling the program and loading fonts; here the test worker has done that once.
 *
 * What only a separate process can show stays with spawnSync on scripts/run.mjs: the runner itself
 * (the bundle, unknown commands, exit codes set on the process), worker threads (they start the
 * bundle), hooks loaded with NODE_OPTIONS, signals and locks held by another process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { answerBeforeLoading } from '../src/cli/before-loading.js';
import type { Output } from '../src/cli/command.js';
import { printable } from '../src/diagnostics/escape.js';
import { commands } from '../src/main.js';
import { repoRoot } from './helpers.js';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Output that is not a terminal, collected as text. */
class Collected implements Output {
  text = '';
  readonly isTTY = false;
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/**
 * `args` as given after `node scripts/run.mjs`: the command first. The environment is the test
 * process's with the terminal-related variables cleared, then `options.env`.
 */
export async function runCommand(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: Record<string, string | undefined> } = {},
): Promise<CommandResult> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'worker' || !Object.hasOwn(commands, command))
    throw new Error(`runCommand runs a command (${Object.keys(commands).join(', ')}); spawn scripts/run.mjs to test the runner itself`);
  const cwd = options.cwd ?? repoRoot;
  const env: NodeJS.ProcessEnv = { ...process.env, ...quiet, ...options.env };
  const stdout = new Collected();
  const stderr = new Collected();
  // As scripts/run.mjs's front answers: guarded like everything a command prints.
  const io = { out: (text: string) => stdout.write(printable(text)), err: (text: string) => stderr.write(printable(text)) };
  const answered = answerBeforeLoading(command, rest, cwd, env, io);
  if (answered !== undefined) return { code: answered, stdout: stdout.text, stderr: stderr.text };
  const program = await commands[command]!();
  const code = await program.main({ args: rest, env, cwd, stdout, stderr });
  if (typeof code !== 'number') throw new Error(`${command}: main() returned no exit code`);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** No terminal, no colour, no GitHub Actions, one language: what the tests' expectations assume. */
const quiet: Record<string, string> = { GITHUB_ACTIONS: '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '', FORCE_COLOR: '' };

/**
 * The same `args` as npm runs them, in a process of their own (`node scripts/run.mjs …`), with the
 * same environment as runCommand's: for what only a process shows (see the top of this file).
 */
export function spawnCommand(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: Record<string, string | undefined> } = {},
): { readonly code: number | null; readonly stdout: string; readonly stderr: string } {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...quiet, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
