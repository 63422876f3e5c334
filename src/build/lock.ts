import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One build at a time per output folder. Two builds writing one folder at once left the manifest
 * disagreeing with the files, so a build holds `<out>/.build.lock` (its pid, host and start) from
 * before it plans until after the manifest is written. A second build waits for it or stops with a
 * message; a lock whose process no longer runs (a killed build) is taken over.
 */
export const lockFileName = '.build.lock';

export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly started: string;
  /** Tells two locks of one process apart (builds in one process, tests). */
  readonly token: string;
}

export interface LockOptions {
  /** Wait for a running build instead of stopping. */
  readonly wait?: boolean;
  /** Told once when the build starts waiting. */
  readonly onWait?: (message: string) => void;
  /** How often a waiting build looks again (ms). */
  readonly pollMs?: number;
}

/** Thrown when another build holds the folder and waiting was not asked for. */
export class BuildLockedError extends Error {
  constructor(
    readonly outDir: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      `Another build (${describeOwner(owner)}) is writing to ${outDir}; nothing was written. ` +
        'Run again when it has finished, or pass --wait to wait for it.',
    );
    this.name = 'BuildLockedError';
  }
}

function describeOwner(owner: LockOwner | undefined): string {
  return owner ? `process ${owner.pid} on ${owner.hostname}, started ${owner.started}` : 'a process starting just now';
}

/** Whether a process runs; one on another host is assumed to (nothing here can tell). */
export function processRuns(pid: number, hostname = os.hostname()): boolean {
  if (hostname !== os.hostname()) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.token === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

// A lock file that cannot be read yet is being written: it is stale only if it stays so this long.
const unreadableGraceMs = 10_000;

function isStale(file: string, owner: LockOwner | undefined): boolean {
  if (owner) return !processRuns(owner.pid, owner.hostname);
  try {
    return Date.now() - statSync(file).mtimeMs > unreadableGraceMs;
  } catch {
    return false;
  }
}

/** Moves a stale lock aside, unless another build took it over first (then it is put back). */
function takeOver(file: string, stale: LockOwner | undefined): void {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: someone else took it over
  }
  const moved = readOwner(aside);
  if (moved && stale && moved.token !== stale.token) {
    // A live build's fresh lock was moved: put it back (link fails if a third has locked meanwhile).
    try {
      linkSync(aside, file);
    } catch {
      // the folder is locked again either way
    }
  }
  rmSync(aside, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface HeldLock {
  /** Whether another build held the folder first (what it planned may be out of date now). */
  readonly waited: boolean;
  release(): void;
}

/** Takes the output folder's lock, waiting for or refusing a running build; stale locks are taken over. */
export async function acquireBuildLock(outDir: string, options: LockOptions = {}): Promise<HeldLock> {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, lockFileName);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  let waited = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${JSON.stringify(owner)}\n`);
      } finally {
        closeSync(fd);
      }
      return {
        waited,
        release: () => {
          if (readOwner(file)?.token === owner.token) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readOwner(file);
    if (isStale(file, current)) {
      takeOver(file, current);
      continue;
    }
    if (!options.wait) throw new BuildLockedError(outDir, current);
    if (!waited) options.onWait?.(`Waiting for another build (${describeOwner(current)}) to finish writing to ${outDir} …`);
    waited = true;
    await sleep(options.pollMs ?? 200);
  }
}
