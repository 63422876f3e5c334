/**
 * Runs a command: parses its arguments strictly (src/cli/args.ts), then runs it, and turns what a
 * user can cause into one line that says what to do, never a stack trace: a usage mistake (exit 2,
 * with the usage), a file-system failure such as a folder without write permission or a full disk
 * (exit 2, naming the path). Anything else is a bug in the tool: its messages are printed, and its
 * stack trace only with --debug.
 */
import { statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCommand, usageFailure, UsageError, type CommandSpec, type ParsedValues } from './args.js';
import { InputError } from '../diagnostics/input-error.js';
import { guardCommands, oneLine, printable } from '../diagnostics/escape.js';
import { describeError } from './errors.js';
import type { OutputStream } from './terminal.js';

export interface CommandIo {
  /** Standard output, guarded (printable): no workflow command, no control or invisible character gets through. */
  readonly out: (text: string) => void;
  /** Standard error, guarded the same way. */
  readonly err: (text: string) => void;
  /** Workflow commands (annotations) on standard output, as given: only report.ts's formatGithub writes them. */
  readonly workflowCommands: (text: string) => void;
}

/** Where a command's output goes: a stream, or anything with `write` (tests collect it). */
export interface Output extends OutputStream {
  write(text: string): unknown;
}

/**
 * What a command runs with: its arguments (after the command's name), environment, working folder
 * and output streams. scripts/run.mjs runs a command with the process's own (processInvocation);
 * tests run commands in their own process with others, so a command never reads process.argv,
 * process.env, process.cwd() or process.stdout itself.
 */
export interface Invocation {
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdout: Output;
  readonly stderr: Output;
}

/** The process's own invocation: scripts/run.mjs has put the command's arguments after argv[1]. */
export function processInvocation(): Invocation {
  return { args: process.argv.slice(2), env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
}

function ioOf(invocation: Invocation): CommandIo {
  return {
    out: (text) => invocation.stdout.write(printable(text)),
    err: (text) => invocation.stderr.write(printable(text)),
    workflowCommands: (text) => invocation.stdout.write(text),
  };
}

/**
 * The disk a path is on, for messages ("mounted at /tmp, 812 MB free"): its mount point (the nearest folder up whose device differs
 * from its parent's) and the space left there; undefined when nothing of it exists.
 */
export function diskOf(target: string): string | undefined {
  let dir = path.resolve(target);
  let device: number | undefined;
  for (;;) {
    try {
      device = statSync(dir).dev;
      break;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
  for (let parent = path.dirname(dir); parent !== dir; dir = parent, parent = path.dirname(dir)) {
    try {
      if (statSync(parent).dev !== device) break;
    } catch {
      break;
    }
  }
  let free = '';
  try {
    const fs = statfsSync(dir);
    free = `, ${Math.floor((fs.bavail * fs.bsize) / (1024 * 1024))} MB free`;
  } catch {
    // the space left is a courtesy
  }
  return `mounted at ${oneLine(dir)}${free}`;
}

/** What a file-system error means and what to do, in one line; undefined for other errors. */
export function describeFileSystemError(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (!(error instanceof Error) || typeof e.code !== 'string') return undefined;
  const target = e.dest ?? e.path;
  const where = oneLine(path.resolve(target ?? '.'));
  const disk = target === undefined ? undefined : diskOf(target);
  const on = disk ? ` (on the disk ${disk})` : '';
  const kept = 'Nothing was replaced and no temporary file is left.';
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: ${where} (${e.syscall ?? 'access'}). Give your user write access to it and its folder, or choose another folder (--out for outputs).`;
    case 'EROFS':
      return `Read-only file system: ${where}${on}. Choose a folder on a writable disk (--out for outputs).`;
    case 'ENOSPC':
      return `No space left on the disk that holds ${where}${disk ? ` (${disk})` : ''}. Free some space there and run again. ${kept}`;
    case 'EDQUOT':
      return `Disk quota exceeded for ${where}${on}. Free some space and run again. ${kept}`;
    case 'EFBIG':
      return `File too large: ${where}${on} would exceed the largest file this system or your account allows (ulimit -f, or the file system's limit). Raise the limit or choose another disk (--out). ${kept}`;
    case 'ENOENT':
      // A folder that cannot be made where its parent exists (under /proc, some FUSE and network file systems), or a file removed meanwhile.
      return `No such file or folder: ${where} (${e.syscall ?? 'access'}) cannot be found or made there. Choose another folder (--out, --data), or run again if it was removed meanwhile.`;
    case 'ENOTDIR':
      return `Not a folder: a part of ${where} is a file. Remove or rename that file, or choose another folder (--out, --data).`;
    case 'EEXIST':
      return `Already exists: ${where} is a file or link where a folder belongs. Remove or rename it, or choose another folder (--out).`;
    case 'EISDIR':
      return `Is a folder: ${where} is a folder where a file belongs. Remove or rename that folder.`;
    case 'ENAMETOOLONG':
      return `Name too long: ${where}. Choose a shorter folder (--out, --data).`;
    case 'ELOOP':
      return `Too many symbolic links: ${where} leads into a loop of links. Remove the link, or choose another folder (--out, --data).`;
    case 'EIO':
      return `Input/output error on the disk that holds ${where}${disk ? ` (${disk})` : ''}: the disk or its connection failed. Check the disk and run again. ${kept}`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `Busy: ${where} is in use by another program. Close it and run again.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many open files (${where}). Close other programs or raise the limit (ulimit -n), then run again.`;
    default:
      return undefined;
  }
}

/** Parses the invocation's arguments for `spec`, runs `body`, and returns the exit code. */
export async function runCommand(
  spec: CommandSpec,
  // biome-ignore lint/suspicious/noConfusingVoidType: a command body may return nothing (exit 0) or its exit code
  body: (values: ParsedValues, io: CommandIo, invocation: Invocation) => Promise<number | void> | number | void,
  invocation: Invocation,
  options: { readonly onFailure?: string } = {},
): Promise<number> {
  const io = ioOf(invocation);
  let values: ParsedValues | undefined;
  try {
    values = parseCommand(spec, invocation.args, io.out, invocation.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(usageFailure(spec, error));
    return 2;
  }
  if (values === undefined) return 0;
  try {
    const code = await body(values, io, invocation);
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(`${guardCommands(`Error: ${error.message}`)}\n`);
      return 2;
    }
    const fileSystem = describeFileSystemError(error);
    if (fileSystem) {
      io.err(`Error: ${fileSystem}\n`);
      if (values.debug && error instanceof Error) io.err(`${error.stack}\n`);
      return 2;
    }
    io.err(`${describeFailure(error, values.debug === true)}\n${options.onFailure ? `${options.onFailure}\n` : ''}`);
    return 2;
  }
}

/** A failure the user cannot fix: the chain of messages; the stack with --debug. */
function describeFailure(error: unknown, debug: boolean): string {
  if (debug) return describeError(error);
  const lines: string[] = [];
  for (let current: unknown = error, i = 0; current !== undefined && i < 10; i++) {
    lines.push(`${'  '.repeat(i)}${i === 0 ? 'Error' : 'Caused by'}: ${current instanceof Error ? current.message : String(current)}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  lines.push('This looks like a bug in the tool, not in the data: run again with --debug and report the output.');
  return lines.join('\n');
}
